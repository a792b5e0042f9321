import * as nodeFs from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileDurably, type DurableFs } from './durable-fs'
import { hasErrorCode } from './errno'

/** Options of {@link DurableTextFile}. */
export interface DurableTextFileOptions {
  /**
   * Runs after each physical write is durable, before its callers resolve (e.g. backups);
   * if it fails, they are rejected with its error.
   */
  afterWrite?: (text: string) => Promise<void>
  fs?: DurableFs
}

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * A lowdb text adapter whose writes are atomic and durable (see {@link writeFileDurably}).
 * Overlapping writes coalesce: while one write is in flight, later writes wait as a single
 * pending write holding the newest text, so a burst of updates costs two physical writes.
 * Every caller resolves once text at least as new as theirs is durable, and is rejected with
 * the error of the physical write that carried their text.
 */
export class DurableTextFile implements Adapter<string> {
  readonly #filePath: string
  readonly #fs: DurableFs
  readonly #afterWrite: ((text: string) => Promise<void>) | undefined
  #writing = false
  #pending: { text: string; waiters: Waiter[] } | null = null

  constructor(filePath: string, options: DurableTextFileOptions = {}) {
    this.#filePath = filePath
    this.#fs = options.fs ?? nodeFs
    this.#afterWrite = options.afterWrite
  }

  /** The file's text, or null when the file does not exist. */
  async read(): Promise<string | null> {
    try {
      return await nodeFs.readFile(this.#filePath, 'utf8')
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null
      throw error
    }
  }

  /** Writes `text` durably; resolves once it (or newer text) is on disk. */
  write(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject }
      if (this.#pending) {
        this.#pending.text = text
        this.#pending.waiters.push(waiter)
      } else {
        this.#pending = { text, waiters: [waiter] }
      }
      if (!this.#writing) void this.#drain()
    })
  }

  /** Writes pending text until none is left; never rejects (callers get the errors). */
  async #drain(): Promise<void> {
    this.#writing = true
    while (this.#pending) {
      const batch = this.#pending
      this.#pending = null
      try {
        await writeFileDurably(this.#filePath, batch.text, this.#fs)
        await this.#afterWrite?.(batch.text)
        for (const waiter of batch.waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error)
      }
    }
    this.#writing = false
  }
}
