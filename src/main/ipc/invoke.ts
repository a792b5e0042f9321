import { contract, type Channel, type InputOf, type OutputOf } from '../../shared/ipc/contract'
import { AppError, type IpcResult } from '../../shared/ipc/result'
import { parseForUser } from '../../shared/ipc/validation-message'

/** One handler per contract channel; the compiler refuses a missing or extra one. */
export type HandlerTable = {
  [C in Channel]: (input: InputOf<C>) => HandlerOutput<OutputOf<C>>
}

// A channel that answers nothing may be handled by a function that returns nothing.
// The brackets stop the check from distributing over a union output such as ExportResult.
type HandlerOutput<T> = [T] extends [undefined] ? void | Promise<void> : T | Promise<T>

/** Where unexpected errors go; main logs them, tests collect them. */
export type ErrorReporter = (channel: string, error: unknown) => void

function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name)
}

/**
 * Runs one call through the contract: unknown channel or bad input is refused before any
 * handler runs; expected failures keep their code and message; anything else becomes a
 * generic "internal" error so no stack trace or path crosses the bridge.
 */
export async function invokeChannel(
  handlers: HandlerTable,
  channelName: string,
  rawInput: unknown,
  reportError: ErrorReporter,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channelName)) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Unknown channel "${channelName}".` },
    }
  }
  // Refused input is told in plain words (what is wrong, what to do), never zod's own text.
  const parsed = parseForUser(contract[channelName].input, rawInput)
  if (!parsed.ok) return { ok: false, error: { code: 'invalid-input', message: parsed.message } }
  try {
    const handler = handlers[channelName] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.value) }
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, error: { code: error.code, message: error.message } }
    reportError(channelName, error)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Role Atlas. Please try again.',
      },
    }
  }
}
