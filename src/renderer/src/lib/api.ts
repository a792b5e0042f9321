import type { BridgeApi } from '@shared/ipc/api'
import type { ErrorCode, IpcResult } from '@shared/ipc/result'

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

/** The bridge the preload exposed; only the client below calls it, so no screen unwraps by hand. */
function api(): BridgeApi {
  return window.api
}

/** Waits for a call and returns its value, or throws an `ApiError` with main's message. */
async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.value
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<IpcResult<infer T>>
  ? (...args: A) => Promise<T>
  : never

/** The bridge with every call unwrapped: `await client.roles.get({ id })` gives the role. */
export type Client = {
  [Area in keyof BridgeApi]: { [Verb in keyof BridgeApi[Area]]: Unwrapped<BridgeApi[Area][Verb]> }
}

/**
 * Main's API as the screens use it: each call resolves to its value, or throws an `ApiError`
 * with main's message, so no screen unwraps a result by hand. It reads `window.api` at each
 * call, not once, so a test may install its fake after this module has loaded.
 */
export const client: Client = new Proxy({} as Client, {
  get(_, area: string) {
    return new Proxy(
      {},
      {
        get(__, verb: string) {
          return async (...args: unknown[]) => {
            const calls = api() as unknown as Record<
              string,
              Record<string, (...input: unknown[]) => Promise<IpcResult<unknown>>>
            >
            const call = calls[area]?.[verb]
            if (!call) throw new TypeError(`Main has no call ${area}.${verb}.`)
            return unwrap(call(...args))
          }
        },
      },
    )
  },
})

/** A sentence for the user from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Role Atlas could not reach its data. Please try again.'
}
