import { toJsonText } from './json-file'

/** How deep a record of a top-level list sits in the file's indentation. */
const RECORD_INDENT = '    '

/** The records of a frozen top-level list and their text, joined. */
interface ListText {
  records: readonly unknown[]
  text: string
}

/**
 * Serializes the store's data to exactly the text {@link toJsonText} gives, remembering what
 * it wrote. Frozen records never change, so a record's text is made once; a frozen list that
 * is the one written last time reuses its text whole, and one that only grew at the end (the
 * activity log) reuses the text of its start and adds the new records. Strings are joined
 * with `+`, which V8 does without copying, so a change costs about the size of what changed,
 * not of the database; the one copy is made when the file is written.
 */
export class StoreText {
  readonly #records = new WeakMap<object, string>()
  readonly #lists = new Map<string, ListText>()

  /** The file's text for `data`, a plain object as the store holds it. */
  of(data: object): string {
    let text = ''
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue
      text += `${text === '' ? '{\n' : ',\n'}  ${JSON.stringify(key)}: ${this.#field(key, value)}`
    }
    return text === '' ? toJsonText(data) : `${text}\n}\n`
  }

  #field(key: string, value: unknown): string {
    if (!Array.isArray(value) || value.length === 0) return indented(value, '  ')
    return `[\n${this.#list(key, value)}\n  ]`
  }

  #list(key: string, records: readonly unknown[]): string {
    if (!Object.isFrozen(records)) return this.#joined(records)
    const last = this.#lists.get(key)
    let text: string
    if (last?.records === records) {
      text = last.text
    } else if (last && startsWith(records, last.records)) {
      text = `${last.text},\n${this.#joined(records.slice(last.records.length))}`
    } else {
      text = this.#joined(records)
    }
    this.#lists.set(key, { records, text })
    return text
  }

  #joined(records: readonly unknown[]): string {
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

/** `value` as JSON with two-space indentation, its inner lines shifted by `indent`. */
function indented(value: unknown, indent: string): string {
  // JSON.stringify gives undefined for a function or undefined; inside a list both are null.
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`)
}
