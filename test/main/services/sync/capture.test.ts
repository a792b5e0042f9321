import { describe, expect, it } from 'vitest'
import { captureChanges } from '../../../../src/main/services/sync/capture'
import { defaultDb, type Db } from '../../../../src/main/store/schema'
import type { ActivityEvent } from '@shared/domain/progress/types'

function event(id: string): ActivityEvent {
  return {
    id,
    at: '2026-06-01T09:00:00.000Z',
    key: 'skill:sql',
    before: { status: 'todo', level: null, notes: '', links: [] },
    after: { status: 'done', level: null, notes: '', links: [] },
    cause: 'edit',
    batchId: id,
  }
}

const plan = {
  id: 'p1',
  title: 'Plan',
  source: { kind: 'empty' as const },
  items: [],
  archived: false,
  createdAt: '2026-06-01T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
}

describe('capturing local changes for sync', () => {
  it('takes the events appended, and only those, also when the log was replaced whole', () => {
    const first = event('e1')
    const before: Db = { ...defaultDb(), activity: [first] }
    const appended: Db = { ...before, activity: [first, event('e2')] }
    expect(captureChanges(before, appended)).toEqual([{ kind: 'event', event: event('e2') }])
    // An import replacing everything brings a new log with copies of the same events.
    const replaced: Db = { ...before, activity: [event('e0'), event('e1'), event('e3')] }
    expect(
      captureChanges(before, replaced).map((change) => change.kind === 'event' && change.event.id),
    ).toEqual(['e0', 'e3'])
  })

  it('sends only the fields of a plan that changed, and a delete as a removal', () => {
    const before: Db = { ...defaultDb(), plans: [plan] }
    const renamed: Db = {
      ...before,
      plans: [{ ...plan, title: 'Renamed', updatedAt: '2026-06-02T09:00:00.000Z' }],
    }
    expect(captureChanges(before, renamed)).toEqual([
      {
        kind: 'put',
        collection: 'plans',
        recordId: 'p1',
        fields: {
          title: 'Renamed',
          $: {
            id: 'p1',
            source: { kind: 'empty' },
            createdAt: plan.createdAt,
            updatedAt: '2026-06-02T09:00:00.000Z',
          },
        },
      },
    ])
    expect(captureChanges(before, { ...before, plans: [] })).toEqual([
      { kind: 'remove', collection: 'plans', recordId: 'p1' },
    ])
  })

  it('leaves built-in roles and window bounds to each computer', () => {
    const before = defaultDb()
    const after: Db = {
      ...before,
      settings: { windowBounds: { x: 0, y: 0, width: 800, height: 600, maximized: false } },
    }
    expect(captureChanges(before, after)).toEqual([])
  })
})
