/**
 * The process the crash test kills: `node crash-writer.ts <data file> <seed>`. It opens the
 * real Store on the data file and records progress the way the app does, in bursts of
 * overlapping updates, printing `ack <n>` once the update that wrote event n has resolved —
 * that is, once the store has told its caller the change is saved. It never stops on its own.
 *
 * The tests run it bundled (see build-child.ts).
 */
import { Store } from '../../../../src/main/store/db'
import type { Db } from '../../../../src/main/store/schema'
import type { ActivityEvent, ProgressState } from '@shared/domain/progress/types'
import { Random } from '../../../../scripts/bench/random'

const [dataFile, seedText] = process.argv.slice(2)
if (!dataFile || !seedText) throw new Error('usage: crash-writer.ts <data file> <seed>')

const random = new Random(Number(seedText))
const store = await Store.open(dataFile)
process.stdout.write('ready\n')

/** Records event `n`: one activity event, its progress record and, now and then, a comparison. */
function record(db: Db, n: number): void {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()
  const key = `custom:crash-${n % 40}` as const
  const previous = db.progress.find((entry) => entry.key === key)
  const before: ProgressState = previous
    ? {
        status: previous.status,
        level: previous.level,
        notes: previous.notes,
        links: previous.links,
      }
    : { status: 'todo', level: null, notes: '', links: [] }
  const after: ProgressState = {
    status: n % 3 === 0 ? 'done' : 'learning',
    level: null,
    notes: `Practised step ${n} of the crash plan.`,
    links: [],
  }
  const event: ActivityEvent = {
    id: `event-${n}`,
    at,
    key,
    before,
    after,
    cause: 'edit',
    batchId: `batch-${n}`,
  }
  db.activity.push(event)
  db.progress = [
    ...db.progress.filter((entry) => entry.key !== key),
    { ...after, key, updatedAt: at },
  ]
  if (n % 5 === 0) {
    db.comparisons.push({
      id: `comparison-${n}`,
      title: `Crash comparison ${n}`,
      roleIds: ['data-analyst', 'data-engineer'],
      roleNames: ['Data Analyst', 'Data Engineer'],
      notes: 'Saved while the crash test was running.',
      tags: ['crash'],
      createdAt: at,
      updatedAt: at,
    })
  }
}

let next = store.data.activity.length
for (;;) {
  // Overlapping updates coalesce into fewer physical writes; each must still be acknowledged
  // only once its own event is on disk.
  const burst = 1 + Math.floor(random.next() * 4)
  const writes: Promise<void>[] = []
  for (let i = 0; i < burst; i++) {
    const n = next++
    writes.push(
      store
        .update((db) => record(db, n))
        .then(() => {
          process.stdout.write(`ack ${n}\n`)
        }),
    )
  }
  await Promise.all(writes)
}
