import * as nodeFs from 'node:fs/promises'
import { writeFileDurably, type DurableFs, type FileContent } from './durable-fs'
import { hasErrorCode } from './errno'
import { readTextFile } from '../files/read-at-most'
import { DATA_FILE_MAX_BYTES } from './store-limits'

/** Options of {@link DurableTextFile}. */
export interface DurableTextFileOptions {
  /**
   * Runs after each physical write is durable, before its callers resolve (e.g. backups);
   * if it fails, they are rejected with its error.
   */
  afterWrite?: (content: FileContent) => Promise<void>
  fs?: DurableFs
}

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/** A file read as text and written whole, as {@link JsonFile} keeps a value in. */
export interface TextFile {
  /** The file's text, or null when the file does not exist. */
  read(): Promise<string | null>
  /** Replaces the file's content; resolves once it is on disk. */
  write(content: FileContent): Promise<void>
}

/**
 * A text file whose writes are atomic and durable (see {@link writeFileDurably}).
 * Overlapping writes coalesce: while one write is in flight, later writes wait as a single
 * pending write holding the newest content, so a burst of updates costs two physical writes.
 * Every caller resolves once content at least as new as theirs is durable, and is rejected
 * with the error of the physical write that carried their content.
 */
export class DurableTextFile implements TextFile {
  readonly #filePath: string
  readonly #fs: DurableFs
  readonly #afterWrite: ((content: FileContent) => Promise<void>) | undefined
  #writing = false
  #pending: { content: FileContent; waiters: Waiter[] } | null = null

  constructor(filePath: string, options: DurableTextFileOptions = {}) {
    this.#filePath = filePath
    this.#fs = options.fs ?? nodeFs
    this.#afterWrite = options.afterWrite
  }

  /** The file's text, or null when the file does not exist. */
  async read(): Promise<string | null> {
    try {
      return await readTextFile(this.#filePath, DATA_FILE_MAX_BYTES)
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null
      throw error
    }
  }

  /** Writes `content` durably; resolves once it (or newer content) is on disk. */
  write(content: FileContent): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject }
      if (this.#pending) {
        this.#pending.content = content
        this.#pending.waiters.push(waiter)
      } else {
        this.#pending = { content, waiters: [waiter] }
      }
      if (!this.#writing) void this.#drain()
    })
  }

  /** Writes pending content until none is left; never rejects (callers get the errors). */
  async #drain(): Promise<void> {
    this.#writing = true
    while (this.#pending) {
      const batch = this.#pending
      this.#pending = null
      try {
        await writeFileDurably(this.#filePath, batch.content, this.#fs)
        await this.#afterWrite?.(batch.content)
        for (const waiter of batch.waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error)
      }
    }
    this.#writing = false
  }
}
