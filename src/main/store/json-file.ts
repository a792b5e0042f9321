import type { Adapter } from 'lowdb'
import type { FileContent } from './durable-fs'
import type { TextFile } from './durable-text-file'

/** The on-disk form of every store file: indented so a user can read it, newline-terminated. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * A lowdb adapter that keeps a value as JSON in a text file (lowdb's `DataFile` pattern, over
 * our durable text file instead of lowdb's non-fsyncing one). `parse` checks what is read.
 */
export class JsonFile<T> implements Adapter<T> {
  readonly #text: TextFile
  readonly #parse: (value: unknown) => T
  readonly #serialize: (value: T) => FileContent

  /** `serialize` must give {@link toJsonText}'s text; the store's remembers unchanged parts. */
  constructor(
    text: TextFile,
    parse: (value: unknown) => T,
    serialize: (value: T) => FileContent = toJsonText,
  ) {
    this.#text = text
    this.#parse = parse
    this.#serialize = serialize
  }

  /** The parsed value, or null when the file does not exist; throws if it does not parse. */
  async read(): Promise<T | null> {
    const text = await this.#text.read()
    return text === null ? null : this.#parse(JSON.parse(text))
  }

  /** Serializes `data` now (so later changes to it are not written) and writes it. */
  write(data: T): Promise<void> {
    return this.#text.write(this.#serialize(data))
  }
}
