/**
 * The store's figures at full scale: one change until durable (against writing and syncing
 * the same bytes with plain fs), 100 changes issued at once (against one), and a cold open
 * (against reading and JSON.parse of the same file).
 */
import { open as openFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Store } from '../../src/main/store/db'
import { toJsonText } from '../../src/main/store/json-file'
import type { Db } from '../../src/main/store/schema'
import { appendToLog } from '../../src/main/services/progress/progress-log'
import type { ActivityEvent, ProgressKey } from '../../src/shared/domain/progress/types'
import type { Measurement } from './results'
import { alternate, median, medianOf } from './stats'

const BURST = 100
/**
 * Samples per round of a baseline that is short beside its subject. One change or one parse
 * of the file moved by a third from round to round (a write landing on a busy disk, a
 * collection in the parse), which `store.burst` and `store.load` read as 1.8× in one run and
 * 3.3× in the next; the median of three per round holds them still.
 */
const BASELINE_SAMPLES = 3

async function timed(run: () => Promise<unknown>): Promise<number> {
  collectGarbage()
  const start = performance.now()
  await run()
  return performance.now() - start
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run the bench with node --expose-gc (npm run bench does)')
  gc()
}

/** Toggles between learning and done, as a user ticking the same item does. */
function makeToggles(key: ProgressKey): () => ActivityEvent {
  let n = 0
  return () => {
    n++
    const learning = { status: 'learning' as const, level: null, notes: '', links: [] }
    const done = { ...learning, status: 'done' as const }
    const [before, after] = n % 2 === 1 ? [learning, done] : [done, learning]
    const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString()
    return { id: `bench-${n}`, at, key, before, after, cause: 'edit', batchId: `bench-${n}` }
  }
}

/** Writes `text` to `filePath` and fsyncs it: the floor any durable write stands on. */
async function writeAndSync(filePath: string, text: string): Promise<void> {
  const handle = await openFile(filePath, 'w')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export async function measureStore(db: Db, dir: string, rounds: number): Promise<Measurement[]> {
  const filePath = path.join(dir, 'role-atlas.json')
  await writeFile(filePath, toJsonText(db))
  const key = db.plans[0]?.items[0]?.key
  if (!key) throw new Error('the generated data has no plan item to toggle')
  const toggle = makeToggles(key)
  const change = (store: Store): Promise<void> =>
    store.update((draft) => appendToLog(draft, [toggle()]))

  const store = await Store.open(filePath)
  // The first write of a day makes the daily backup and fills the store's text cache.
  await change(store)
  const text = await readFile(filePath, 'utf8')
  const plainPath = path.join(dir, 'plain-write.json')
  const update = await alternate(
    rounds,
    () => timed(() => change(store)),
    () => timed(() => writeAndSync(plainPath, text)),
  )
  const burst = await alternate(
    rounds,
    () => timed(() => Promise.all(Array.from({ length: BURST }, () => change(store)))),
    () => medianOf(BASELINE_SAMPLES, () => timed(() => change(store))),
  )
  await store.close()

  const load = await alternate(
    rounds,
    () =>
      timed(async () => {
        const opened = await Store.open(filePath)
        await opened.close()
      }),
    () =>
      medianOf(BASELINE_SAMPLES, () =>
        timed(async () => JSON.parse(await readFile(filePath, 'utf8'))),
      ),
  )
  const figure = (name: Measurement['name'], times: { subject: number[]; baseline: number[] }) => ({
    name,
    value: median(times.subject),
    unit: 'ms' as const,
    baseline: median(times.baseline),
  })
  return [figure('store.update', update), figure('store.burst', burst), figure('store.load', load)]
}
