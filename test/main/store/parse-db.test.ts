import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dbSchemaAt } from '../../../src/main/store/decode'
import { safeParseDb } from '../../../src/main/store/parse-db'
import { CURRENT_SCHEMA_VERSION, DbSchema, defaultDb } from '../../../src/main/store/schema'
import {
  mutated,
  nearlyValidEvent,
  nearlyValidRecord,
} from '../../shared/domain/progress/near-limit-records'
import { userRole } from './helpers'

const schema = dbSchemaAt(CURRENT_SCHEMA_VERSION)
const at = '2026-11-29T08:00:00.000Z'

function event(n: number): Record<string, unknown> {
  return {
    id: `event-${n}`,
    at,
    key: 'skill:python',
    before: { status: 'todo', level: null, notes: '', links: [] },
    after: { status: 'learning', level: 2, notes: '', links: [] },
    cause: 'edit',
    batchId: `batch-${n}`,
  }
}

/** A data file's data, as JSON.parse gives it, around the activity log and progress given. */
function fileWith(activity: unknown, progress: unknown): Record<string, unknown> {
  return { ...defaultDb(), roles: [userRole('analytics-translator')], activity, progress }
}

/** A log or a record list: mostly near-valid records, sometimes one changed, sometimes not a list. */
const activityList = fc.oneof(
  { arbitrary: fc.array(nearlyValidEvent, { maxLength: 6 }), weight: 6 },
  {
    arbitrary: fc.array(fc.oneof(nearlyValidEvent, mutated(nearlyValidEvent)), { maxLength: 6 }),
    weight: 3,
  },
  fc.anything(),
)
const progressList = fc.oneof(
  { arbitrary: fc.array(nearlyValidRecord, { maxLength: 6 }), weight: 6 },
  {
    arbitrary: fc.array(fc.oneof(nearlyValidRecord, mutated(nearlyValidRecord)), { maxLength: 6 }),
    weight: 3,
  },
  fc.anything(),
)

/** zod's answer on the whole file, as safeParseDb must give it. */
function schemaAnswer(data: Record<string, unknown>): unknown {
  const parsed = DbSchema.safeParse(data)
  return parsed.success ? { success: true, data: parsed.data } : { success: false }
}

describe('checking a whole data file on start', () => {
  it('gives DbSchema’s answer, and its data, for files whose logs are drawn near every limit', () => {
    fc.assert(
      fc.property(activityList, progressList, (activity, progress) => {
        const data = fileWith(activity, progress)
        expect(safeParseDb(schema, data)).toStrictEqual(schemaAnswer(data))
      }),
      { numRuns: 1000 },
    )
  })

  it('takes the events and records the app wrote as they are, without copying them', () => {
    const events = [event(1), { ...event(2), at: '2026-02-30T08:00:00Z', id: 'x' }, event(3)]
    const records = [
      { key: 'skill:python', status: 'done', level: 4, notes: '', links: [], updatedAt: at },
    ]
    const data = fileWith(events, records)
    // The second event is refused: the whole file is.
    expect(safeParseDb(schema, data).success).toBe(false)
    events[1] = { ...event(2), at: '2026-01-30T08:00:00.5Z', extra: 'kept out' }
    const read = safeParseDb(schema, fileWith(events, records))
    if (!read.success) throw new Error('the file was refused')
    expect(read.data.activity[0]).toBe(events[0])
    expect(read.data.activity[2]).toBe(events[2])
    expect(read.data.progress[0]).toBe(records[0])
    // The one the check was unsure of went through the schema, which left out the unknown field.
    expect(read.data.activity[1]).toEqual({ ...event(2), at: '2026-01-30T08:00:00.5Z' })
    expect(read.data.activity.map((e) => e.id)).toEqual(['event-1', 'event-2', 'event-3'])
  })

  it('refuses two progress records for one key, both vouched for on their own', () => {
    const record = {
      key: 'skill:python',
      status: 'done',
      level: 4,
      notes: '',
      links: [],
      updatedAt: at,
    }
    expect(safeParseDb(schema, fileWith([], [record, { ...record }])).success).toBe(false)
  })
})
