import fc from 'fast-check'
import type { ActivityEvent } from '@shared/domain/progress/types'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'

export const DEVICES = ['device-a', 'device-b', 'device-c'] as const
const KEYS = ['skill:python', 'skill:sql', 'tip:ship-a-project'] as const
const STATUSES = ['todo', 'learning', 'done', 'skipped'] as const

/** A progress event for `key` setting `status`. */
export function eventOf(id: string, key: string, status: (typeof STATUSES)[number]): ActivityEvent {
  return {
    id,
    at: '2026-01-01T00:00:00.000Z',
    key: key as ActivityEvent['key'],
    before: { status: 'todo', level: null, notes: '', links: [] },
    after: { status, level: null, notes: '', links: [] },
    cause: 'edit',
    batchId: `batch-${id}`,
  }
}

/** What an op does, before it gets its unique id and clock. */
const opBody = fc.oneof(
  fc.record({
    kind: fc.constant('event' as const),
    key: fc.constantFrom(...KEYS),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({
    kind: fc.constant('put' as const),
    recordId: fc.constantFrom('plan-1', 'plan-2'),
    fields: fc.oneof(
      fc.record({ $: fc.record({ id: fc.constant('x'), source: fc.constantFrom('a', 'b') }) }),
      fc.record({ title: fc.string({ maxLength: 3 }) }),
      fc.record({
        title: fc.string({ maxLength: 3 }),
        items: fc.array(fc.nat(9), { maxLength: 3 }),
      }),
      fc.record({ deletedAt: fc.constantFrom(null, '2026-01-01T00:00:00.000Z') }),
    ),
  }),
  fc.record({
    kind: fc.constant('remove' as const),
    recordId: fc.constantFrom('plan-1', 'plan-2'),
  }),
)

/**
 * A list of ops as devices would make them: ids unique per device, each device's clocks
 * increasing, walls drawn from a small range so clocks of different devices often tie.
 */
export const opsArb: fc.Arbitrary<Op[]> = fc
  .array(
    fc.record({
      device: fc.constantFrom(...DEVICES),
      wall: fc.integer({ min: 0, max: 5 }),
      body: opBody,
    }),
    { maxLength: 25 },
  )
  .map((drafts) => {
    const seq = new Map<string, number>()
    const lastWall = new Map<string, number>()
    return drafts.map((draft, index): Op => {
      const n = (seq.get(draft.device) ?? 0) + 1
      seq.set(draft.device, n)
      const wall = Math.max(draft.wall, lastWall.get(draft.device) ?? 0)
      lastWall.set(draft.device, wall)
      const id = `${draft.device}:${n}`
      const clock = formatStamp({ wall: 1_700_000_000_000 + wall, counter: n }, draft.device)
      const body = draft.body
      if (body.kind === 'event')
        return { kind: 'event', id, clock, event: eventOf(`e${index}`, body.key, body.status) }
      if (body.kind === 'put')
        return {
          kind: 'put',
          id,
          clock,
          collection: 'plans',
          recordId: body.recordId,
          fields: body.fields,
        }
      return { kind: 'remove', id, clock, collection: 'plans', recordId: body.recordId }
    })
  })

/** `ops` in the given order, cut at `cuts` into segments applied one after another. */
export function segmentsOf(ops: readonly Op[], cuts: readonly number[]): Op[][] {
  const points = [...new Set(cuts)].sort((x, y) => x - y)
  const segments: Op[][] = []
  let from = 0
  for (const point of points) {
    segments.push(ops.slice(from, point))
    from = point
  }
  segments.push(ops.slice(from))
  return segments
}
