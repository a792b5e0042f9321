import { toJsonText } from './json-file'

/** How deep a record of a top-level list sits in the file's indentation. */
const RECORD_INDENT = '    '
/**
 * How many chunks a list that keeps growing at the end (the activity log) is held in before
 * they are merged into one: few enough that a write is a handful of system calls, many enough
 * that the merge, a copy of the whole list, happens once every so many writes.
 */
const MAX_LIST_CHUNKS = 32

/** The records of a frozen top-level list and their text as UTF-8, in chunks. */
interface ListBytes {
  records: readonly unknown[]
  chunks: readonly Uint8Array[]
}

/**
 * Serializes the store's data to exactly the bytes of {@link toJsonText}'s text, as UTF-8
 * chunks to be written in order, remembering what it wrote. A frozen list that is the one
 * written last time reuses its bytes whole, and one that only grew at the end (the activity
 * log) keeps the bytes of its start and adds a chunk for the new records. A list changed
 * elsewhere is joined again from the text of its records, which are frozen and so never
 * change: each record's text is made once and remembered. The records of the lists named
 * append-only are not remembered, as their bytes are all those lists need and the activity
 * log's text would double the memory the store takes. A change therefore costs about the
 * size of the list it touched; the rest of the file is neither joined nor encoded again.
 */
export class StoreText {
  readonly #appendOnlyKeys: ReadonlySet<string>
  readonly #records = new WeakMap<object, string>()
  readonly #lists = new Map<string, ListBytes>()
  readonly #encoder = new TextEncoder()

  constructor(appendOnlyKeys: ReadonlySet<string>) {
    this.#appendOnlyKeys = appendOnlyKeys
  }

  /** The file's content for `data`, a plain object as the store holds it. */
  chunksOf(data: object): Uint8Array[] {
    const chunks: Uint8Array[] = []
    // The text between lists: keys, brackets and small values.
    let text = ''
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue
      text += `${chunks.length === 0 && text === '' ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `
      if (Array.isArray(value) && value.length > 0) {
        chunks.push(this.#encoder.encode(`${text}[\n`), ...this.#list(key, value))
        text = '\n  ]'
      } else {
        text += indented(value, '  ')
      }
    }
    // Lists gone or emptied are not held on to.
    for (const key of this.#lists.keys()) {
      const value: unknown = (data as Record<string, unknown>)[key]
      if (!Array.isArray(value) || value.length === 0) this.#lists.delete(key)
    }
    if (chunks.length === 0 && text === '') return [this.#encoder.encode(toJsonText(data))]
    chunks.push(this.#encoder.encode(`${text}\n}\n`))
    return chunks
  }

  #list(key: string, records: readonly unknown[]): readonly Uint8Array[] {
    if (!Object.isFrozen(records)) return [this.#encoder.encode(this.#joined(key, records))]
    const last = this.#lists.get(key)
    let chunks: readonly Uint8Array[]
    if (last?.records === records) {
      chunks = last.chunks
    } else if (last && startsWith(records, last.records)) {
      const added = this.#encoder.encode(
        `,\n${this.#joined(key, records.slice(last.records.length))}`,
      )
      chunks =
        last.chunks.length < MAX_LIST_CHUNKS
          ? [...last.chunks, added]
          : [Buffer.concat([...last.chunks, added])]
    } else {
      chunks = [this.#encoder.encode(this.#joined(key, records))]
    }
    this.#lists.set(key, { records, chunks })
    return chunks
  }

  #joined(key: string, records: readonly unknown[]): string {
    if (this.#appendOnlyKeys.has(key)) return indentedRecords(records)
    return records.map((record) => this.#record(record)).join(',\n')
  }

  #record(record: unknown): string {
    if (typeof record !== 'object' || record === null || !Object.isFrozen(record)) {
      return RECORD_INDENT + indented(record, RECORD_INDENT)
    }
    let text = this.#records.get(record)
    if (text === undefined) {
      text = RECORD_INDENT + indented(record, RECORD_INDENT)
      this.#records.set(record, text)
    }
    return text
  }
}

/** True when `records` begins with every record of the non-empty `start`, in order. */
function startsWith(records: readonly unknown[], start: readonly unknown[]): boolean {
  return (
    start.length > 0 &&
    records.length > start.length &&
    start.every((record, index) => records[index] === record)
  )
}

/**
 * The records' text as {@link StoreText} joins it (each at {@link RECORD_INDENT}, separated by
 * `,\n`), made by one `JSON.stringify` of the whole list: for the activity log's tens of
 * thousands of records, one call and one replacement cost far less than one per record.
 */
function indentedRecords(records: readonly unknown[]): string {
  if (records.length === 0) return ''
  // Inside `{"r": [...]}` the records already sit at RECORD_INDENT, as in the file, so the
  // text needs no second pass to shift its lines: drop the wrapper's first and last lines.
  const text = JSON.stringify({ r: records }, null, 2)
  return text.slice(LIST_OPENING.length, -LIST_CLOSING.length)
}

const LIST_OPENING = '{\n  "r": [\n'
const LIST_CLOSING = '\n  ]\n}'

/** `value` as JSON with two-space indentation, its inner lines shifted by `indent`. */
function indented(value: unknown, indent: string): string {
  // JSON.stringify gives undefined for a function or undefined; inside a list both are null.
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`)
}
