import type { DoubleRecord, MainRequest, TestChannel } from './protocol'

/** The double's wire kept in memory, for unit tests of the double itself. */
export function memoryChannel() {
  const records: DoubleRecord[] = []
  let answer: ((request: MainRequest) => Promise<unknown>) | undefined
  const exits: number[] = []
  const channel: TestChannel = {
    record: (what, detail = {}) => records.push({ what, detail }),
    serve: (serve) => (answer = serve),
    exit: (code) => exits.push(code),
  }
  return {
    channel,
    records,
    /** Exit codes the double asked for; a correct quit asks once. */
    exits,
    request: (request: MainRequest): Promise<unknown> => {
      if (!answer) throw new Error('the double serves no requests yet')
      return answer(request)
    },
  }
}
