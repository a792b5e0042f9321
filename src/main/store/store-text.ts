import { runAll, type Steps } from '../../shared/domain/article-import/steps'
import { encodeTextsSteps } from './encode-texts'
import { indented, textSteps } from './indented-json'
import { toJsonText } from './json-file'

/** How deep a record of a top-level list sits in the file's indentation. */
const RECORD_INDENT = '    '
/**
 * How many chunks a list that keeps growing at the end (the activity log) is held in before
 * they are merged into one: few enough that a write is a handful of system calls, many enough
 * that the merge, a copy of the whole list, happens once every so many writes.
 */
const MAX_LIST_CHUNKS = 32

/**
 * About how many characters of records a block of a list holds: small enough that a change to
 * one record encodes a few milliseconds' worth besides it, large enough that writing a 33 MB
 * library is a few dozen chunks (each a system call; 512 KB blocks made store.burst slower).
 */
const BLOCK_CHARS = 2 * 1024 * 1024
const SEPARATOR = new TextEncoder().encode(',\n')
/**
 * Into how many pieces, a step each, a block's text is cut to be encoded: 64 K characters
 * encode in a fraction of a millisecond, so the few steps between looks at the clock (see
 * run-in-turns.ts) cannot run a slice of main long past its end, as eight pieces of 256 K did.
 */
const ENCODE_PIECES_PER_BLOCK = 32
/** How many pieces of a record's text {@link StoreText.rememberSteps} joins in one step. */
const PARTS_PER_JOIN = 4096
/**
 * How many records of an append-only list one `JSON.stringify` call writes in a step: the
 * activity log's 50,000 events stringified at once held main for 80 to 140 ms on the first
 * write after a start; 100 of them take a fraction of one.
 */
const APPEND_ONLY_RECORDS_PER_STEP = 100
/**
 * How many list elements (counted a few levels down) make a record large: its text is then
 * made a value a step, as {@link StoreText.rememberSteps} makes it, rather than by one
 * `JSON.stringify` (a 25,000-item role's held main for some 30 ms). Counting stops there, so
 * an ordinary record costs a few dozen reads.
 */
const LARGE_RECORD_ELEMENTS = 2_000

/** A run of consecutive records of a list and their text joined by `,\n`, as UTF-8. */
interface Block {
  records: readonly unknown[]
  bytes: Uint8Array
}

/** The records of a frozen top-level list and their text as UTF-8, in chunks. */
interface ListBytes {
  records: readonly unknown[]
  chunks: readonly Uint8Array[]
  /** For a list that is not append-only: its blocks, by their first record. */
  blocks?: ReadonlyMap<unknown, Block>
}

/**
 * Serializes the store's data to exactly the bytes of {@link toJsonText}'s text, as UTF-8
 * chunks to be written in order, remembering what it wrote. A frozen list that is the one
 * written last time reuses its bytes whole, and one that only grew at the end (the activity
 * log) keeps the bytes of its start and adds a chunk for the new records. Any other list is
 * held as blocks of records: a block whose records are all still there, in order, keeps its
 * bytes, and only the records around a change are joined and encoded again, from the text of
 * each record, which is frozen and so never changes: each record's text is made once and
 * remembered. So a merge into one role of a large library encodes that role and its block,
 * not the whole roles list, on the turn that writes it. The records of the lists named
 * append-only are not remembered, as their bytes are all those lists need and the activity
 * log's text would double the memory the store takes. A change therefore costs about the
 * size of the list it touched; the rest of the file is neither joined nor encoded again.
 */
export class StoreText {
  readonly #appendOnlyKeys: ReadonlySet<string>
  readonly #records = new WeakMap<object, string>()
  /**
   * The UTF-8 of records of half a block or more, made in {@link rememberSteps}: such a record
   * is a block of its own, so the write that puts it in the list encodes none of it.
   */
  readonly #bytes = new WeakMap<object, Uint8Array>()
  readonly #lists = new Map<string, ListBytes>()
  readonly #encoder = new TextEncoder()
  readonly #blockChars: number

  /** `blockChars` is how large a list's blocks grow (tests make it small). */
  constructor(appendOnlyKeys: ReadonlySet<string>, blockChars = BLOCK_CHARS) {
    this.#appendOnlyKeys = appendOnlyKeys
    this.#blockChars = blockChars
  }

  /** The file's content for `data`, a plain object as the store holds it. */
  chunksOf(data: object): Uint8Array[] {
    return runAll(this.chunksSteps(data))
  }

  /**
   * {@link chunksOf} as steps, so a write that finds much to encode (the first one after a
   * start, which finds nothing remembered) can spread it over turns of main: a step per record
   * of a list, per hundred records of an append-only list, per piece of a block's UTF-8.
   * `data` must not change until the steps are done; the store's data is frozen.
   */
  *chunksSteps(data: object): Steps<Uint8Array[]> {
    const chunks: Uint8Array[] = []
    // The text between lists: keys, brackets and small values.
    let text = ''
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue
      text += `${chunks.length === 0 && text === '' ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `
      if (Array.isArray(value) && value.length > 0) {
        const opening = this.#encoder.encode(`${text}[\n`)
        chunks.push(opening, ...(yield* this.#listSteps(key, value)))
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

  *#listSteps(key: string, records: readonly unknown[]): Steps<readonly Uint8Array[]> {
    if (!Object.isFrozen(records)) return [this.#encoder.encode(this.#joined(key, records))]
    const last = this.#lists.get(key)
    if (last?.records === records) return last.chunks
    if (!this.#appendOnlyKeys.has(key)) {
      const blocked = yield* this.#blockedSteps(records, last?.blocks)
      this.#lists.set(key, { records, ...blocked })
      return blocked.chunks
    }
    let chunks: readonly Uint8Array[]
    if (last && startsWith(records, last.records)) {
      const added = yield* this.#appendOnlySteps(records.slice(last.records.length), ',\n')
      chunks =
        last.chunks.length + added.length <= MAX_LIST_CHUNKS
          ? [...last.chunks, ...added]
          : [Buffer.concat([...last.chunks, ...added])]
    } else {
      chunks = yield* this.#appendOnlySteps(records, '')
    }
    this.#lists.set(key, { records, chunks })
    return chunks
  }

  /**
   * The UTF-8 of `prefix` and the records' text as {@link indentedRecords} joins it, made a
   * hundred records a step and encoded in blocks of about {@link BLOCK_CHARS}: one chunk for a
   * few records, a few dozen for the activity log's tens of thousands.
   */
  *#appendOnlySteps(records: readonly unknown[], prefix: string): Steps<Uint8Array[]> {
    const chunks: Uint8Array[] = []
    let texts: string[] = [prefix]
    let chars = prefix.length
    const encode = (): Steps<Uint8Array> => this.#encodeSteps(texts, '')
    for (let start = 0; start < records.length; start += APPEND_ONLY_RECORDS_PER_STEP) {
      const text = indentedRecords(records.slice(start, start + APPEND_ONLY_RECORDS_PER_STEP))
      texts.push(start === 0 ? text : `,\n${text}`)
      chars += text.length
      yield
      if (chars >= this.#blockChars) {
        chunks.push(yield* encode())
        texts = []
        chars = 0
      }
    }
    if (chars > 0 || chunks.length === 0) chunks.push(yield* encode())
    return chunks
  }

  /**
   * The list's chunks as blocks, reusing each of `previous` whose records come next in the
   * same order, and joining the records between them into new blocks.
   */
  *#blockedSteps(
    records: readonly unknown[],
    previous: ReadonlyMap<unknown, Block> | undefined,
  ): Steps<{ chunks: Uint8Array[]; blocks: Map<unknown, Block> }> {
    const chunks: Uint8Array[] = []
    const blocks = new Map<unknown, Block>()
    const add = (block: Block): void => {
      if (chunks.length > 0) chunks.push(SEPARATOR)
      chunks.push(block.bytes)
      blocks.set(block.records[0], block)
    }
    let texts: string[] = []
    let start = 0
    let chars = 0
    const flush = function* (this: StoreText): Steps<void> {
      if (texts.length === 0) return
      const bytes = yield* this.#encodeSteps(texts, ',\n')
      add({ records: records.slice(start, start + texts.length), bytes })
      texts = []
      chars = 0
    }.bind(this)
    for (let index = 0; index < records.length;) {
      const old = previous?.get(records[index])
      if (old && holdsAt(records, index, old.records)) {
        yield* flush()
        add(old)
        index += old.records.length
        continue
      }
      const record = records[index]
      // A large record not readied (the first write after a start) is readied now, a value a
      // step, and so becomes a block of its own if it is half a block or more.
      if (this.#isLargeUnread(record)) yield* this.rememberSteps([record])
      const ready = typeof record === 'object' && record !== null && this.#bytes.get(record)
      if (ready) {
        yield* flush()
        add({ records: [record], bytes: ready })
        index++
        continue
      }
      if (texts.length === 0) {
        start = index
        // New records next to a small block join it, so a list that grows one record at a
        // time stays in blocks of about BLOCK_CHARS rather than one block per write.
        const before = chunks.at(-1)
        const small =
          before !== undefined && before !== SEPARATOR && before.length < this.#blockChars / 2
        const absorbed = small ? [...blocks.values()].at(-1) : undefined
        if (absorbed && absorbed.bytes === before) {
          chunks.splice(-2)
          blocks.delete(absorbed.records[0])
          start = index - absorbed.records.length
          texts = absorbed.records.map((record) => this.#record(record))
          chars = texts.reduce((sum, part) => sum + part.length, 0)
        }
      }
      const text = this.#record(record)
      texts.push(text)
      chars += text.length
      index++
      if (chars >= this.#blockChars) yield* flush()
      yield
    }
    yield* flush()
    return { chunks, blocks }
  }

  #joined(key: string, records: readonly unknown[]): string {
    if (this.#appendOnlyKeys.has(key)) return indentedRecords(records)
    return records.map((record) => this.#record(record)).join(',\n')
  }

  /**
   * Makes and remembers the text of each frozen record of `records` not yet remembered, a
   * step per value inside it, so that a record of megabytes (a role with tens of thousands
   * of items) is serialized over many turns of main before the write that needs it, which
   * then finds it ready. The text is exactly what the write would make. A record of half a
   * block or more is encoded to UTF-8 here instead, a piece a step, and written as a block of
   * its own, so that write encodes none of it either; its text is never joined into one
   * string (joining the 10 MB of a 25,000-item role took 8 to 13 ms in one step).
   */
  *rememberSteps(records: readonly unknown[]): Steps<void> {
    for (const record of records) {
      if (typeof record !== 'object' || record === null || !Object.isFrozen(record)) continue
      if (this.#records.has(record) || this.#bytes.has(record)) continue
      const pieces = yield* recordPiecesSteps(record)
      const chars = pieces.reduce((sum, piece) => sum + piece.length, 0)
      if (chars >= this.#blockChars / 2) {
        this.#bytes.set(record, yield* this.#encodeSteps(pieces, ''))
      } else {
        this.#records.set(record, pieces.join(''))
      }
    }
  }

  /** Whether `record` is frozen, holds many elements and has neither text nor bytes yet. */
  #isLargeUnread(record: unknown): record is object {
    return (
      typeof record === 'object' &&
      record !== null &&
      Object.isFrozen(record) &&
      !this.#records.has(record) &&
      !this.#bytes.has(record) &&
      holdsManyElements(record, LARGE_RECORD_ELEMENTS)
    )
  }

  /** {@link encodeTextsSteps} with this store's encoder and piece size. */
  #encodeSteps(texts: readonly string[], separator: string): Steps<Uint8Array> {
    return encodeTextsSteps(
      (part) => this.#encoder.encode(part),
      texts,
      separator,
      this.#blockChars / ENCODE_PIECES_PER_BLOCK,
    )
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

/**
 * A record's text at {@link RECORD_INDENT}, exactly as `RECORD_INDENT + indented(record,
 * RECORD_INDENT)` makes it once its pieces are joined, a value a step. Joined a few thousand
 * parts at a time as it grows: one join of the million parts of a 25,000-item role held main
 * for 50 ms, while joining a few thousand costs a fraction of a millisecond.
 */
function* recordPiecesSteps(record: object): Steps<string[]> {
  const parts = [RECORD_INDENT]
  const pieces: string[] = []
  for (const step of textSteps(record, RECORD_INDENT, parts)) {
    if (parts.length >= PARTS_PER_JOIN) pieces.push(parts.splice(0).join(''))
    yield step
  }
  pieces.push(parts.join(''))
  return pieces
}

/**
 * Whether `value` holds at least `limit` list elements, counted in it and in the plain
 * objects and lists it holds, three levels down (a role's sections' items); stops counting
 * at `limit`.
 */
function holdsManyElements(value: object, limit: number): boolean {
  let count = 0
  const visit = (node: unknown, depth: number): boolean => {
    if (typeof node !== 'object' || node === null) return false
    if (Array.isArray(node)) count += node.length
    if (count >= limit) return true
    if (depth === 0) return false
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node)
    return children.some((child) => visit(child, depth - 1))
  }
  return visit(value, 3)
}

/** True when `records` holds every record of `run`, in order, from `index` on. */
function holdsAt(records: readonly unknown[], index: number, run: readonly unknown[]): boolean {
  if (index + run.length > records.length) return false
  for (let offset = 0; offset < run.length; offset++) {
    if (records[index + offset] !== run[offset]) return false
  }
  return true
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
