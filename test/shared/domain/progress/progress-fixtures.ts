import fc from 'fast-check'
import { applyChange } from '@shared/domain/progress/changes'
import { stateOf } from '@shared/domain/progress/replay'
import {
  EMPTY_PROGRESS,
  progressStatuses,
  type ActivityEvent,
  type ProgressKey,
  type ProgressState,
} from '@shared/domain/progress/types'

/** A fixed start for generated logs: 1 March 2024, midnight UTC. */
export const T0 = Date.parse('2024-03-01T00:00:00.000Z')

/** A state with the given fields over the empty one. */
export const state = (fields: Partial<ProgressState> = {}): ProgressState => ({
  ...EMPTY_PROGRESS,
  ...fields,
})

/** One activity event; `at` defaults to T0, the batch to its id. */
export function event(
  id: string,
  key: ProgressKey,
  before: Partial<ProgressState>,
  after: Partial<ProgressState>,
  extra: Partial<Pick<ActivityEvent, 'at' | 'cause' | 'batchId'>> = {},
): ActivityEvent {
  return {
    id,
    at: new Date(T0).toISOString(),
    key,
    before: state(before),
    after: state(after),
    cause: 'edit',
    batchId: id,
    ...extra,
  }
}

export const keyPool: ProgressKey[] = [
  'skill:python',
  'skill:sql',
  'tip:build-portfolio',
  'tip:network',
  'custom:a1',
]

export const keyArb = fc.constantFrom(...keyPool)

const linkArb = fc.record({
  url: fc.constantFrom('https://a.example', 'https://b.example/x'),
  label: fc.constantFrom('', 'Docs', 'Course'),
})

const fieldArbs = {
  status: fc.constantFrom(...progressStatuses),
  level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  notes: fc.constantFrom('', 'Started the course', 'Chapter 3 done'),
  links: fc.array(linkArb, { maxLength: 3 }),
}

export const stateArb: fc.Arbitrary<ProgressState> = fc.record(fieldArbs)

/** Any subset of the fields, as a user edit sends them. */
export const patchArb: fc.Arbitrary<Partial<ProgressState>> = fc.record(fieldArbs, {
  requiredKeys: [],
})

export interface Change {
  key: ProgressKey
  patch: Partial<ProgressState>
  /** Milliseconds after the previous change (0 lets several share an instant). */
  gap: number
  batchId: string
}

export const changesArb: fc.Arbitrary<Change[]> = fc.array(
  fc.record({
    key: keyArb,
    patch: patchArb,
    gap: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    batchId: fc.constantFrom('b1', 'b2', 'b3', 'b4'),
  }),
  { maxLength: 30 },
)

/** What a store does: apply each change in memory and append the event it makes. */
export function simulate(changes: readonly Change[]): {
  log: ActivityEvent[]
  states: Map<ProgressKey, ProgressState>
  /** The in-memory states after each event, for "as of" checks. */
  snapshots: Map<ProgressKey, ProgressState>[]
} {
  const log: ActivityEvent[] = []
  const states = new Map<ProgressKey, ProgressState>()
  const snapshots: Map<ProgressKey, ProgressState>[] = []
  let at = T0
  for (const [index, change] of changes.entries()) {
    at += change.gap
    const before = stateOf(states, change.key)
    const after = applyChange(before, change.patch)
    log.push({
      id: `e${index}`,
      at: new Date(at).toISOString(),
      key: change.key,
      before,
      after,
      cause: 'edit',
      batchId: change.batchId,
    })
    states.set(change.key, after)
    snapshots.push(new Map(states))
  }
  return { log, states, snapshots }
}

/** A `toDay` for a fixed offset from UTC, in minutes (+60 is one hour ahead). */
export const dayAtOffset =
  (minutes: number) =>
  (iso: string): string =>
    new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10)
