import { describe, expect, it } from 'vitest'
import { SavedComparisonsService } from '../../../../src/main/services/saved-comparisons/saved-comparisons-service'
import { userRole, useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  openDevice,
  setStatus,
  visibleState,
  type Device,
} from './devices'
import { settle } from './fake-syncer'

/** Everything sync carries, as it stands in the data file. */
function syncedData(device: Device): unknown {
  const { roles, articles, comparisons, progress, activity, plans } = device.store.data
  return { roles, articles, comparisons, progress, activity, plans }
}

describe('turning sync off', () => {
  const tempDir = useTempDir()

  it('keeps every record and progress entry on this computer, its own and those merged from others, after a restart too', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const b = await openDevice(root, 'desktop')
    await a.store.update((draft) => {
      draft.roles.push(userRole('analyst', 'Data Analyst'), userRole('engineer', 'Data Engineer'))
    })
    await new SavedComparisonsService(a.store, { now: () => new Date(clock.now) }).save({
      roleIds: ['analyst', 'engineer'],
      notes: '',
      tags: [],
    })
    await createPlan(a, 'plan-1', 'Become a data engineer')
    await setStatus(a, 'skill:sql', 'done')
    await createPlan(b, 'plan-2', 'Statistics refresher')
    await setStatus(b, 'skill:statistics', 'learning')
    await settle([a, b])
    const before = syncedData(b)
    expect(visibleState(b)).toMatchObject({
      plans: [{ id: 'plan-1' }, { id: 'plan-2' }],
      progress: { 'skill:sql': 'done', 'skill:statistics': 'learning' },
    })
    expect(b.store.data.comparisons).toHaveLength(1)

    expect((await b.engine.disable()).state).toBe('off')
    await b.engine.sync()
    expect(syncedData(b)).toEqual(before)

    // The other computer's later changes no longer arrive, and nothing of B's goes away.
    clock.now += 60_000
    await setStatus(a, 'skill:python', 'learning')
    await settle([a, b])
    expect(syncedData(b)).toEqual(before)

    await closeDevice(b)
    const reopened = await openDevice(root, 'desktop', { join: false })
    expect(reopened.engine.status().state).toBe('off')
    await reopened.engine.sync()
    expect(syncedData(reopened)).toEqual(before)
    await closeDevice(a)
    await closeDevice(reopened)
  })

  it('keeps everything when turned on again with the same folder, and catches up with what was missed', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const b = await openDevice(root, 'desktop')
    await createPlan(a, 'plan-1', 'Become a data engineer')
    await setStatus(a, 'skill:sql', 'done')
    await setStatus(b, 'skill:statistics', 'learning')
    await settle([a, b])
    await b.engine.disable()
    // Made while B is off: on B a tick, on A a new plan.
    clock.now += 60_000
    await setStatus(b, 'skill:python', 'done')
    await createPlan(a, 'plan-2', 'Statistics refresher')
    await settle([a, b])
    expect(visibleState(b)).toMatchObject({ plans: [{ id: 'plan-1' }] })

    await b.engine.chooseFolder(b.syncDir)
    await settle([a, b])
    const expected = {
      plans: [
        { id: 'plan-1', deleted: false },
        { id: 'plan-2', deleted: false },
      ],
      progress: { 'skill:python': 'done', 'skill:sql': 'done', 'skill:statistics': 'learning' },
    }
    expect(visibleState(b)).toMatchObject(expected)
    expect(visibleState(a)).toEqual(visibleState(b))
    await closeDevice(a)
    await closeDevice(b)
  })
})
