import { describe, expect, it } from 'vitest'
import type { CarriedOp } from '@shared/sync/carried-writes'
import { formatStamp } from '@shared/sync/hlc'
import type { Change } from '../../../../src/main/services/sync/capture'
import { freshState } from '../../../../src/main/services/sync/local-state'
import { Publisher } from '../../../../src/main/services/sync/publisher'
import { SyncContext } from '../../../../src/main/services/sync/sync-context'
import { eventOf } from '../../../shared/sync/arbitraries'
import { useTempDir } from '../../store/helpers'

/**
 * More than one call can take as arguments: a heavy user's years of ticks. Handing them to
 * `push` as one spread overflowed the stack, so joining or taking a new id failed outright.
 */
const MANY = 200_000

describe('queueing this computer’s changes to publish', () => {
  const tempDir = useTempDir()

  function publisherIn(dir: string): { publisher: Publisher; context: SyncContext } {
    const context = new SyncContext(freshState('Laptop'), {
      stateFilePath: `${dir}/sync-state.json`,
      now: () => Date.parse('2026-06-01T00:00:00.000Z'),
    })
    return { publisher: new Publisher(context), context }
  }

  it('queues every past tick of a long history when the computer joins', async () => {
    const { publisher, context } = publisherIn(tempDir())
    const changes: Change[] = Array.from({ length: MANY }, (_, n) => ({
      kind: 'event',
      event: eventOf(`event-${n}`, 'skill:sql', n % 2 === 0 ? 'done' : 'learning'),
    }))
    const ops = publisher.record(changes, true)
    expect(ops).toHaveLength(MANY)
    expect(context.state.pending).toHaveLength(MANY)
    expect(context.state.pending.at(-1)?.id).toBe(`${context.state.deviceId}:${MANY}`)
    await context.settled()
    // The state file it waits for holds all 200,000 ops (about 80 MB): slow on a loaded machine.
  }, 30_000)

  it('queues every change a copied profile carries over to its new name', () => {
    const { publisher, context } = publisherIn(tempDir())
    const clock = formatStamp({ wall: 1_700_000_000_000, counter: 0 }, 'old-id')
    const carried: CarriedOp[] = Array.from({ length: MANY }, (_, n) => ({
      kind: 'event',
      clock,
      event: eventOf(`event-${n}`, 'skill:python', 'done'),
    }))
    expect(publisher.republish(carried)).toHaveLength(MANY)
    expect(context.state.pending).toHaveLength(MANY)
    // Each at the clock it was first made at, so it wins or loses as it did before.
    expect(context.state.pending.every((op) => op.clock === clock)).toBe(true)
  })
})
