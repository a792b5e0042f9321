import { describe, expect, it } from 'vitest'
import { ProgressService } from '../../../../src/main/services/progress/progress-service'
import { useTempDir } from '../../store/helpers'
import { counterIds, taxonomy } from '../progress/fixture'
import { clock, closeDevice, openDevice, type Device } from './devices'
import { copyAll } from './fake-syncer'

/**
 * Both devices publish, the folders are copied, both read; twice, so each sees the other's.
 * Unlike the fake syncer's `settle`, simulated time stands still: the undo is then made in the
 * same millisecond as the change it undoes, and only the logical clock can order it after.
 */
async function settleAtOnce(devices: readonly Device[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const device of devices) await device.engine.sync()
    await copyAll(devices)
  }
  for (const device of devices) await device.engine.sync()
}

/** The progress service of a device, on its clock, with ids no other device makes. */
function progressOf(device: Device): ProgressService {
  return new ProgressService(device.store, taxonomy, {
    now: () => new Date(clock.now + device.offset.ms),
    makeId: counterIds(`${device.name}-${device.store.data.activity.length}`),
  })
}

describe('undo on the merged activity log', () => {
  const tempDir = useTempDir()

  it('undoes on one computer a change made on the other, and the undo reaches the first', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    // Same simulated minute on both: the undo must still order after the change it undoes.
    const { batchId } = await progressOf(a).set({ key: 'skill:python', status: 'learning' })
    await settleAtOnce([a, b])
    expect(b.store.data.progress).toMatchObject([{ key: 'skill:python', status: 'learning' }])

    const undone = await progressOf(b).undo(batchId)
    expect(undone.batchId).not.toBe('')
    await settleAtOnce([a, b])

    expect(
      a.store.data.activity.map((event) => [event.key, event.cause, event.after.status]),
    ).toEqual([
      ['skill:python', 'edit', 'learning'],
      ['skill:python', 'undo', 'todo'],
    ])
    expect(a.store.data.activity[1]?.batchId).toBe(undone.batchId)
    const stateOn = (device: Device): unknown =>
      device.store.data.progress.map(({ key, status, level, notes, links }) => ({
        key,
        status,
        level,
        notes,
        links,
      }))
    expect(stateOn(a)).toEqual([
      { key: 'skill:python', status: 'todo', level: null, notes: '', links: [] },
    ])
    expect(stateOn(b)).toEqual(stateOn(a))
    // The undo can itself be undone on the first computer, from its merged log.
    await progressOf(a).undo(undone.batchId)
    await settleAtOnce([a, b])
    expect(b.store.data.progress).toMatchObject([{ key: 'skill:python', status: 'learning' }])
    await closeDevice(a)
    await closeDevice(b)
  })
})
