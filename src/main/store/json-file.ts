import type { Adapter } from 'lowdb'
import type { Steps } from '../../shared/domain/article-import/steps'
import type { FileContent } from './durable-fs'
import type { TextFile } from './durable-text-file'
import { runInTurns } from './run-in-turns'

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
  readonly #serialize: (value: T) => Steps<FileContent>
  readonly #sliceMs: number | undefined

  /**
   * `serialize` must give {@link toJsonText}'s text, as steps; the store's remembers unchanged
   * parts, and its steps run a slice per turn of main (`sliceMs` long, see run-in-turns.ts).
   */
  constructor(
    text: TextFile,
    parse: (value: unknown) => T,
    serialize: (value: T) => Steps<FileContent> = wholeText,
    sliceMs?: number,
  ) {
    this.#text = text
    this.#parse = parse
    this.#serialize = serialize
    this.#sliceMs = sliceMs
  }

  /** The parsed value, or null when the file does not exist; throws if it does not parse. */
  async read(): Promise<T | null> {
    const text = await this.#text.read()
    return text === null ? null : this.#parse(JSON.parse(text))
  }

  /**
   * Serializes `data`, starting now and going on in later turns of main if that takes longer
   * than a slice, and writes it. `data` must not change meanwhile: the store's is frozen.
   */
  async write(data: T): Promise<void> {
    const content = await runInTurns(this.#serialize(data), { sliceMs: this.#sliceMs })
    await this.#text.write(content)
  }
}

// eslint-disable-next-line require-yield -- one step: toJsonText cannot be cut up
function* wholeText(value: unknown): Steps<FileContent> {
  return toJsonText(value)
}
