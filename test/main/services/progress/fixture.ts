import path from 'node:path'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { CatalogService } from '../../../../src/main/services/catalog/catalog-service'
import { PlansService } from '../../../../src/main/services/plans/plans-service'
import { ProgressService } from '../../../../src/main/services/progress/progress-service'
import { Store } from '../../../../src/main/store/db'
import { AppError, type ErrorCode } from '@shared/ipc/result'

export const { catalog, taxonomy } = loadBundledCatalog()

const MINUTE_MS = 60_000

/** A clock at local noon on 23 Nov 2026 (so days do not depend on the time zone) that tests move. */
export function testClock(start = new Date(2026, 10, 23, 12, 0)): {
  now: () => Date
  advance(minutes: number): void
  /** Jumps to local noon `days` days later. */
  nextDay(days?: number): void
} {
  let time = start.getTime()
  return {
    now: () => new Date(time),
    advance: (minutes) => {
      time += minutes * MINUTE_MS
    },
    nextDay: (days = 1) => {
      const date = new Date(time)
      time = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12, 0).getTime()
    },
  }
}

/** Ids `id-1`, `id-2`, … (or `<prefix>-1`, …) in the order they are made. */
export function counterIds(prefix = 'id'): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

export interface Services {
  store: Store
  progress: ProgressService
  plans: PlansService
  clock: ReturnType<typeof testClock>
}

/** A store in `dir` holding the built-in catalog, with both services on one clock and id maker. */
export async function openServices(dir: string): Promise<Services> {
  const store = await Store.open(path.join(dir, 'role-atlas.json'))
  await new CatalogService(store, catalog, taxonomy).boot()
  const clock = testClock()
  const options = { now: clock.now, makeId: counterIds() }
  return {
    store,
    clock,
    progress: new ProgressService(store, taxonomy, options),
    plans: new PlansService(store, taxonomy, options),
  }
}

/** The AppError a call rejects (or throws) with; fails when it has another code. */
export async function appError(code: ErrorCode, run: () => unknown): Promise<AppError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof AppError && error.code === code) return error
    throw error
  }
  throw new Error(`expected an AppError ${code}`)
}
