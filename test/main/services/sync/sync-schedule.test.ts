import { cp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { SyncEngine } from '../../../../src/main/services/sync/sync-engine'
import { SyncService } from '../../../../src/main/services/sync/sync-service'
import { Store } from '../../../../src/main/store/db'
import type { SyncStatus } from '@shared/sync/status'
import { useTempDir } from '../../store/helpers'
import { clock, closeDevice, openDevice, setStatus, type Device } from './devices'

/** How often the service reads the folder while the app is open (sync-service.ts). */
const INTERVAL_MS = 45_000

type PassSpy = MockInstance<() => Promise<SyncStatus>>

/**
 * The desktop: a store and the app's sync service reading the laptop's folder. Only its timers
 * and clock are fake: file work stays real, and the laptop only ever publishes (never reads),
 * so every pass the spy counts is one of the desktop's.
 */
async function openDesktop(root: string, laptop: Device) {
  const dataFile = path.join(root, 'desktop', 'data', 'role-atlas.json')
  const store = await Store.open(dataFile)
  const sync = await SyncService.open(store, { chooseOpenPath: async () => laptop.syncDir })
  return { store, sync }
}

/** Waits for the pass the spy saw start last to end, and says what it ended with. */
async function lastPassEnds(passes: PassSpy): Promise<SyncStatus> {
  const last = passes.mock.results.at(-1)
  if (!last || last.type !== 'return') throw new Error('no pass has started')
  return last.value
}

/** The laptop ticks a skill and writes it to the shared folder; resolves to the tick's id. */
async function laptopTicks(laptop: Device, key: `skill:${string}`): Promise<string> {
  const id = await setStatus(laptop, key, 'done')
  await laptop.engine.publish()
  return id
}

function eventIds(store: Store): string[] {
  return store.data.activity.map((event) => event.id)
}

describe('when the app syncs, without being asked', () => {
  const tempDir = useTempDir()

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  /** Fakes the timers and the clock of the service; the laptop keeps the simulated clock. */
  function fakeTimers(): PassSpy {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      now: clock.now,
    })
    return vi.spyOn(SyncEngine.prototype, 'sync')
  }

  /**
   * The laptop, and the desktop syncing with it through the app's service (fake timers): its
   * folder chosen, the app started, and the start's pass over.
   */
  async function desktopSyncing() {
    const laptop = await openDevice(tempDir(), 'laptop')
    const passes = fakeTimers()
    const desktop = await openDesktop(tempDir(), laptop)
    await desktop.sync.chooseFolder()
    desktop.sync.boot()
    await lastPassEnds(passes)
    return { laptop, passes, ...desktop }
  }

  it('reads the folder when the app starts', async () => {
    const laptop = await openDevice(tempDir(), 'laptop')
    const passes = fakeTimers()
    const first = await openDesktop(tempDir(), laptop)
    await first.sync.chooseFolder()
    await first.sync.shutdown()
    await first.store.close()
    const tick = await laptopTicks(laptop, 'skill:sql')

    const { store, sync } = await openDesktop(tempDir(), laptop)
    expect(eventIds(store)).not.toContain(tick)
    sync.boot()

    expect(passes).toHaveBeenCalledTimes(1)
    await lastPassEnds(passes)
    expect(eventIds(store)).toContain(tick)
    await sync.shutdown()
    await store.close()
    await closeDevice(laptop)
  })

  it('reads the folder when the window comes to the front, unless it was read in the last few seconds', async () => {
    const { laptop, passes, store, sync } = await desktopSyncing()
    const tick = await laptopTicks(laptop, 'skill:sql')

    // Focus a second after the start's pass: the folder was just read, so a storm of focus
    // events (alt-tabbing) does not read it again.
    await vi.advanceTimersByTimeAsync(1_000)
    sync.onFocus()
    sync.onFocus()
    expect(passes).toHaveBeenCalledTimes(1)
    expect(eventIds(store)).not.toContain(tick)

    await vi.advanceTimersByTimeAsync(5_000)
    sync.onFocus()
    expect(passes).toHaveBeenCalledTimes(2)
    await lastPassEnds(passes)
    expect(eventIds(store)).toContain(tick)
    await sync.shutdown()
    await store.close()
    await closeDevice(laptop)
  })

  it('reads the folder every 45 seconds while open, and not after the app quits', async () => {
    const { laptop, passes, store, sync } = await desktopSyncing()

    const first = await laptopTicks(laptop, 'skill:sql')
    await vi.advanceTimersByTimeAsync(INTERVAL_MS - 1)
    expect(passes).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(passes).toHaveBeenCalledTimes(2)
    await lastPassEnds(passes)
    expect(eventIds(store)).toContain(first)

    const second = await laptopTicks(laptop, 'skill:python')
    await vi.advanceTimersByTimeAsync(INTERVAL_MS)
    expect(passes).toHaveBeenCalledTimes(3)
    await lastPassEnds(passes)
    expect(eventIds(store)).toContain(second)

    await sync.shutdown()
    const third = await laptopTicks(laptop, 'skill:spark')
    await vi.advanceTimersByTimeAsync(3 * INTERVAL_MS)
    expect(passes).toHaveBeenCalledTimes(3)
    expect(eventIds(store)).not.toContain(third)
    await store.close()
    await closeDevice(laptop)
  })

  it('shows a folder it cannot read in the status, and recovers at a later pass on its own', async () => {
    const { laptop, passes, store, sync } = await desktopSyncing()
    const tick = await laptopTicks(laptop, 'skill:sql')

    // Where the folder was, a file: reading it fails as an unmounted share or a revoked permission does.
    const away = `${laptop.syncDir}-away`
    await cp(laptop.syncDir, away, { recursive: true })
    await rm(laptop.syncDir, { recursive: true })
    await writeFile(laptop.syncDir, 'not a folder')
    await vi.advanceTimersByTimeAsync(INTERVAL_MS)
    const failed = await lastPassEnds(passes)
    expect(failed.state).toBe('error')
    expect(sync.status().state).toBe('error')
    expect(sync.status().error).not.toBeNull()
    expect(sync.status().warnings.join('\n')).toMatch(/The sync folder could not be read/)
    expect(eventIds(store)).not.toContain(tick)

    // The share comes back; nobody presses "Sync now".
    await rm(laptop.syncDir)
    await cp(away, laptop.syncDir, { recursive: true })
    await vi.advanceTimersByTimeAsync(INTERVAL_MS)
    expect(passes).toHaveBeenCalledTimes(3)
    await lastPassEnds(passes)
    expect(sync.status()).toMatchObject({ state: 'idle', error: null })
    expect(sync.status().warnings.join('\n')).not.toMatch(/could not be read/)
    expect(eventIds(store)).toContain(tick)
    await sync.shutdown()
    await store.close()
    await closeDevice(laptop)
  })
})
