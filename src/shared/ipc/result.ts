/** Error codes a channel can answer with; the renderer may branch on these. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'forbidden' | 'rejected-url' | 'internal'

interface IpcError {
  code: ErrorCode
  /** A sentence for the user; never a stack trace or a file path from inside the app. */
  message: string
}

/** What every channel answers: a value, or a typed error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** An expected failure a handler raises on purpose; its message reaches the user as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
