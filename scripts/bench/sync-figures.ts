/**
 * Sync's figures at full scale. `sync.merge`: three computers' logs holding the 50,000 events
 * between them, merged into an empty profile (reading, checking and merging every file, and
 * the backup taken first), against `JSON.parse` of the same bytes. The store's write of the
 * merged data file is counted apart (and printed beside the figure): it is the same write
 * whatever made the change (a restored backup of the same events writes the same 20 MB of
 * indented JSON), its cost follows the size of the profile rather than of the merge, and
 * `store.update` already holds it to a durable write of the file. Counted in, it alone is
 * about twice the parse, so no merge could meet a budget on reading with it.
 * `sync.publish`: one local change written to the folder (its open segment replaced
 * atomically; the sync state is saved behind it, not waited for), against a plain durable
 * write of the segment's bytes. Both are timed right after a tick (the store's durable write of
 * the change), taking turns pair by pair; each side's figure is its median, and the ratio
 * judged is the median of the pairs' ratios.
 */
import * as nodeFs from 'node:fs/promises'
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { appendToLog } from '../../src/main/services/progress/progress-log'
import { publishOps } from '../../src/main/services/sync/folder-writer'
import { deviceDir } from '../../src/main/services/sync/layout'
import { SyncEngine } from '../../src/main/services/sync/sync-engine'
import { Store } from '../../src/main/store/db'
import { writeFileDurably, type DurableFs } from '../../src/main/store/durable-fs'
import type { Db } from '../../src/main/store/schema'
import { formatStamp } from '../../src/shared/sync/hlc'
import type { Op } from '../../src/shared/sync/ops'
import type { Measurement } from './results'
import { alternate, median } from './stats'

const DEVICES = ['bench-laptop-01', 'bench-desktop-2', 'bench-workpc-03']
/**
 * Publishes (and plain writes) per round of the other figures. One fsync now and then takes
 * several times as long as the rest, which read 0.8× in one run and 4.9× in another over
 * nine of each: three times as many, taking turns one by one, and the median of their
 * ratios leaves such outliers out on either side.
 */
const PUBLISH_PAIRS_PER_ROUND = 3

async function timed(run: () => Promise<unknown>): Promise<number> {
  ;(globalThis as { gc?: () => void }).gc?.()
  const start = performance.now()
  await run()
  return performance.now() - start
}

/** Writes the events as three devices' logs in `folder`, dealt round-robin. */
async function writeLogs(db: Db, folder: string): Promise<void> {
  for (const [index, deviceId] of DEVICES.entries()) {
    const ops: Op[] = db.activity
      .filter((_, n) => n % DEVICES.length === index)
      .map((event, n) => ({
        kind: 'event',
        id: `${deviceId}:${n + 1}`,
        clock: formatStamp({ wall: Date.parse(event.at), counter: n % 1000 }, deviceId),
        event,
      }))
    await publishOps(folder, deviceId, { number: 1, ops: [], checksum: null }, ops)
  }
}

/** The text of every segment in the folder, parsed: the floor of reading it at all. */
async function parseAll(folder: string): Promise<void> {
  for (const deviceId of DEVICES) {
    const dir = deviceDir(folder, deviceId)
    for (const name of await readdir(dir)) JSON.parse(await readFile(path.join(dir, name), 'utf8'))
  }
}

/**
 * Times the store's writes of `dataFile`: each from the commit of an update (when the store
 * starts serializing the data) until it is durable, the rename that puts the new file in place
 * flushed to its folder (the folder's fsync is the write's last step, and as much the data
 * file's as the file's own fsync before it).
 */
function dataFileWriteTimer(dataFile: string): {
  fs: DurableFs
  committed: () => void
  total: () => number
} {
  let since: number | null = null
  let renamed = false
  let total = 0
  const done = (): void => {
    if (since !== null) total += performance.now() - since
    since = null
    renamed = false
  }
  return {
    fs: {
      open: async (filePath, flags) => {
        // The folder opened for its fsync right after the data file's rename.
        const folderSync = renamed && filePath === path.dirname(dataFile)
        const handle = await nodeFs.open(filePath, flags).catch((error: unknown) => {
          // A system that cannot open a folder skips its fsync: the write ends here.
          if (folderSync) done()
          throw error
        })
        if (!folderSync) return handle
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: () => handle.sync(),
          close: async () => {
            await handle.close()
            done()
          },
        }
      },
      rm: (filePath, options) => nodeFs.rm(filePath, options),
      rename: async (from, to) => {
        await nodeFs.rename(from, to)
        if (to === dataFile && since !== null) renamed = true
      },
    },
    committed: () => {
      since = performance.now()
    },
    total: () => total,
  }
}

export async function measureSync(db: Db, dir: string, rounds: number): Promise<Measurement[]> {
  const folder = path.join(dir, 'folder')
  await writeLogs(db, folder)
  let profile = 0
  const dataFileWrites: number[] = []
  const merge = await alternate(
    rounds,
    async () => {
      const dataDir = await mkdtemp(path.join(dir, `profile-${++profile}-`))
      const dataFile = path.join(dataDir, 'role-atlas.json')
      const writes = dataFileWriteTimer(dataFile)
      const store = await Store.open(dataFile, { fs: writes.fs })
      const engine = await SyncEngine.open(store, {
        stateFilePath: path.join(dataDir, 'sync-state.json'),
      })
      store.onCommit(writes.committed)
      const time = await timed(() => engine.chooseFolder(folder))
      if (store.data.activity.length !== db.activity.length)
        throw new Error('sync.merge did not merge every event')
      await engine.close()
      await store.close()
      dataFileWrites.push(writes.total())
      return time - writes.total()
    },
    () => timed(() => parseAll(folder)),
  )
  const parse = median(merge.baseline)
  const written = median(dataFileWrites)
  console.error(
    `bench: sync.merge: the data file's write took ${written.toFixed(0)} ms more (with it: ${((median(merge.subject) + written) / parse).toFixed(1)}× JSON.parse)`,
  )

  // One computer with a half-full open segment, publishing one tick at a time.
  const publishDir = path.join(dir, 'publisher')
  await mkdir(publishDir)
  const store = await Store.open(path.join(publishDir, 'role-atlas.json'))
  const engine = await SyncEngine.open(store, {
    stateFilePath: path.join(publishDir, 'sync-state.json'),
  })
  const own = path.join(dir, 'own-folder')
  await engine.chooseFolder(own)
  const key = db.plans[0]?.items[0]?.key
  if (!key) throw new Error('the generated data has no plan item to tick')
  let n = 0
  const tick = (): Promise<void> =>
    store.update((draft) => {
      n++
      const learning = { status: 'learning' as const, level: null, notes: '', links: [] }
      const done = { ...learning, status: 'done' as const }
      const [before, after] = n % 2 === 1 ? [learning, done] : [done, learning]
      const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString()
      appendToLog(draft, [
        { id: `tick-${n}`, at, key, before, after, cause: 'edit', batchId: `tick-${n}` },
      ])
    })
  for (let i = 0; i < 500; i++) await tick()
  await engine.publish()
  const deviceId = engine.status().deviceId
  const segmentPath = path.join(deviceDir(own, deviceId), 'seg-000001.json')
  const plainPath = path.join(dir, 'plain-segment.json')
  // Each timed step, the app's or the baseline's, comes right after a tick: the tick's durable
  // write of the data file (and the sync state saved behind it) weighs on the fsync that follows
  // it, so it must weigh on both sides alike. The baseline's tick is published after it, untimed,
  // so every timed publish carries exactly one change.
  const publish = await alternate(
    rounds * PUBLISH_PAIRS_PER_ROUND,
    async () => {
      await tick()
      return timed(() => engine.publish())
    },
    async () => {
      const text = await readFile(segmentPath, 'utf8')
      await tick()
      const time = await timed(() => writeFileDurably(plainPath, text))
      await engine.publish()
      return time
    },
  )
  await engine.close()
  await store.close()
  const figure = (name: Measurement['name'], times: { subject: number[]; baseline: number[] }) => ({
    name,
    value: median(times.subject),
    unit: 'ms' as const,
    baseline: median(times.baseline),
  })
  // Each pair of publish and plain write ran under the same load; their ratio, pair by pair,
  // moves far less than either time does on a shared disk.
  const pairRatios = publish.subject.map((time, pair) => time / (publish.baseline[pair] ?? NaN))
  return [
    figure('sync.merge', merge),
    { ...figure('sync.publish', publish), ratio: median(pairRatios) },
  ]
}
