import type { BridgeApi } from '../../../shared/ipc/api'
import type { ErrorCode, IpcResult } from '../../../shared/ipc/result'

/** A failed call to main, with the code the renderer may branch on. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The bridge the preload exposed; the renderer's only way to reach main. */
export function api(): BridgeApi {
  return window.api
}

/** Waits for a call and returns its value, or throws an `ApiError` with main's message. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.value
}

/** A sentence for the user from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Role Atlas could not reach its data. Please try again.'
}
