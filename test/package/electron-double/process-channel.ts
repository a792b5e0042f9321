import type { MainRequest, TestChannel, ToMain, ToTest } from './protocol'

/**
 * The double's wire inside the child process: Node's IPC channel to the test, with structured
 * clone (`serialization: 'advanced'`), the same copy Electron's IPC makes of values.
 */
export function processChannel(): TestChannel {
  const send = process.send?.bind(process)
  if (!send) throw new Error('The Electron double runs only in a process the test forked.')
  let inFlight = 0
  let exitCode: number | undefined
  const post = (message: ToTest): void => {
    inFlight++
    send(message, undefined, {}, () => {
      inFlight--
      if (exitCode !== undefined && inFlight === 0) process.exit(exitCode)
    })
  }
  return {
    record: (what, detail = {}) => post({ kind: 'record', record: { what, detail } }),
    serve: (answer: (request: MainRequest) => Promise<unknown>) => {
      process.on('message', (message: ToMain) => {
        answer(message.request).then(
          (value) => post({ kind: 'reply', id: message.id, ok: true, value }),
          (error: unknown) =>
            post({
              kind: 'reply',
              id: message.id,
              ok: false,
              message: error instanceof Error ? error.message : String(error),
            }),
        )
      })
    },
    exit: (code) => {
      exitCode = code
      // Records already sent must reach the test before the process is gone.
      if (inFlight === 0) process.exit(code)
    },
  }
}
