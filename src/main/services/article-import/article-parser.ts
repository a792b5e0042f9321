import { Worker } from 'node:worker_threads'
import type { Entity } from '../../../shared/domain/entity'
import type { ParseOutcome } from '../../../shared/importer/types'
import { AppError } from '../../../shared/ipc/result'
import {
  ParseAnswerSchema,
  type ArticleParserWorkerData,
  type ParseRequest,
} from './article-parser-protocol'
import { receivePartsSteps } from './parse-answer-parts'
import { runInSlices } from './run-in-slices'

/** Reads a pasted or opened article; `articleImport:preview`, `articleImport:mergePreview` and `articleImport:save` use one. */
export interface ArticleParser {
  parse(text: string): Promise<ParseOutcome>
  /** Ends the parser's thread, if it has one; a later parse starts a new one. */
  close(): Promise<void>
}

/**
 * How long a parse may take before it is stopped. The largest accepted article parses in well
 * under a second; this only ends a parse that will never answer.
 */
const PARSE_TIMEOUT_MS = 30_000

/** Told to the user when the parser's thread fails or ends without answering. */
export const PARSER_STOPPED =
  'Role Atlas could not read this article: its reader stopped unexpectedly. Nothing was imported; try again.'
/** Told to the user when a parse is stopped for taking too long. */
export const PARSER_TIMED_OUT =
  'Reading this article took too long and was stopped. Nothing was imported; try a shorter article.'

interface Pending {
  resolve(outcome: ParseOutcome): void
  reject(error: Error): void
  timer: NodeJS.Timeout
}

/**
 * Parses articles on a worker thread (the electron-vite entry `article-parser-worker`), so the
 * parse of a 2 MB article never holds main. The thread starts on the first parse and stays for
 * the next; if it dies or a parse times out, every waiting parse fails with a plain sentence
 * and the next parse starts a new thread.
 */
export class WorkerArticleParser implements ArticleParser {
  readonly #workerFile: string | URL
  readonly #workerData: ArticleParserWorkerData
  readonly #timeoutMs: number
  readonly #execArgv: string[]
  readonly #pending = new Map<number, Pending>()
  #worker: Worker | null = null
  #nextId = 1
  #lastThreadId: number | null = null

  /**
   * @param workerFile the built worker (out/main/article-parser-worker.js)
   * @param execArgv Node options for the thread; tests pass a resolve hook to run it from source
   */
  constructor(
    workerFile: string | URL,
    entities: readonly Entity[],
    options: { timeoutMs?: number; execArgv?: string[] } = {},
  ) {
    this.#workerFile = workerFile
    this.#workerData = { entities }
    this.#timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS
    // The thread needs none of main's own Node options (under test, an Electron double's).
    this.#execArgv = options.execArgv ?? []
  }

  /** The id of the thread that made the last answer: for tests proving main did not parse. */
  get lastThreadId(): number | null {
    return this.#lastThreadId
  }

  parse(text: string): Promise<ParseOutcome> {
    const worker = this.#started()
    const request: ParseRequest = { id: this.#nextId++, text }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#stop(worker, new AppError('internal', PARSER_TIMED_OUT))
      }, this.#timeoutMs)
      this.#pending.set(request.id, { resolve, reject, timer })
      worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    const worker = this.#worker
    if (!worker) return
    this.#stop(worker, new AppError('internal', PARSER_STOPPED))
    await worker.terminate()
  }

  #started(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(this.#workerFile, {
      workerData: this.#workerData,
      execArgv: this.#execArgv,
    })
    // An idle parser must not keep the app (or a test run) from ending.
    worker.unref()
    worker.on('message', (message: unknown) => this.#answer(worker, message))
    worker.on('error', () => this.#stop(worker, new AppError('internal', PARSER_STOPPED)))
    worker.on('exit', () => this.#stop(worker, new AppError('internal', PARSER_STOPPED)))
    this.#worker = worker
    return worker
  }

  #answer(worker: Worker, message: unknown): void {
    const parsed = ParseAnswerSchema.safeParse(message)
    // Thrown here, it would end main: a thread that answers nonsense is treated as dead.
    if (!parsed.success) {
      this.#stop(worker, new AppError('internal', PARSER_STOPPED))
      return
    }
    const answer = parsed.data
    const pending = this.#pending.get(answer.id)
    if (!pending) {
      answer.port?.close()
      return
    }
    const { outcome, port, parts } = answer
    if (port === undefined || parts === undefined || !outcome.ok) {
      this.#settle(answer.id, pending, answer.threadId, outcome)
      return
    }
    void runInSlices(receivePartsSteps(outcome.article, port, parts)).then((whole) => {
      if (whole) this.#settle(answer.id, pending, answer.threadId, outcome)
      else this.#stop(worker, new AppError('internal', PARSER_STOPPED))
    })
  }

  /** Resolves a parse still waiting (a thread that died meanwhile has failed it already). */
  #settle(id: number, pending: Pending, threadId: number, outcome: ParseOutcome): void {
    if (this.#pending.get(id) !== pending) return
    this.#pending.delete(id)
    clearTimeout(pending.timer)
    this.#lastThreadId = threadId
    pending.resolve(outcome)
  }

  // Every parse waiting on this thread fails with `error`, and the thread is let go.
  #stop(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return
    this.#worker = null
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer)
      pending.reject(error)
    }
    this.#pending.clear()
    void worker.terminate()
  }
}
