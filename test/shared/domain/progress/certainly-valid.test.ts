import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isCertainlyValidEvent,
  isCertainlyValidRecord,
} from '@shared/domain/progress/certainly-valid'
import {
  ActivityEventSchema,
  ProgressKeySchema,
  ProgressRecordSchema,
} from '@shared/domain/progress/types'
import { RECORD_ID_MAX } from '@shared/domain/text-limits'
import { mutated, nearlyValidEvent, nearlyValidRecord } from './near-limit-records'

/**
 * The check may only say "certainly valid" where the schema accepts the value and returns it
 * unchanged; where it is unsure the schema decides, so saying "not sure" is always allowed.
 */
function holdsToSchema(
  check: (value: unknown) => boolean,
  schema: typeof ActivityEventSchema | typeof ProgressRecordSchema,
  value: unknown,
): void {
  if (!check(value)) return
  const parsed = schema.safeParse(value)
  expect(parsed.success).toBe(true)
  expect(parsed.data).toStrictEqual(value)
}

const runs = { numRuns: 2000 }

describe('vouching for an event or a progress record without the schema', () => {
  it('vouches only for what the schema takes unchanged, drawn near every limit', () => {
    fc.assert(
      fc.property(nearlyValidEvent, (event) => {
        holdsToSchema(isCertainlyValidEvent, ActivityEventSchema, event)
      }),
      runs,
    )
    fc.assert(
      fc.property(nearlyValidRecord, (record) => {
        holdsToSchema(isCertainlyValidRecord, ProgressRecordSchema, record)
      }),
      runs,
    )
  })

  it('vouches only for what the schema takes unchanged, changed in one place', () => {
    fc.assert(
      fc.property(mutated(nearlyValidEvent), (event) => {
        holdsToSchema(isCertainlyValidEvent, ActivityEventSchema, event)
      }),
      runs,
    )
    fc.assert(
      fc.property(mutated(nearlyValidRecord), (record) => {
        holdsToSchema(isCertainlyValidRecord, ProgressRecordSchema, record)
      }),
      runs,
    )
  })

  it('vouches only for what the schema takes unchanged, for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        holdsToSchema(isCertainlyValidEvent, ActivityEventSchema, value)
        holdsToSchema(isCertainlyValidRecord, ProgressRecordSchema, value)
      }),
      runs,
    )
  })

  it('vouches for nearly every record the schema accepts, so the schema is rarely needed', () => {
    // Without this, a check that never vouched would pass the properties above.
    const events = fc.sample(nearlyValidEvent, 1000)
    const accepted = events.filter((event) => ActivityEventSchema.safeParse(event).success)
    const vouched = accepted.filter((event) => isCertainlyValidEvent(event))
    expect(accepted.length).toBeGreaterThan(200)
    expect(accepted.length).toBeLessThan(900)
    expect(vouched.length).toBeGreaterThan(accepted.length * 0.9)
    const records = fc.sample(nearlyValidRecord, 1000)
    const acceptedRecords = records.filter(
      (record) => ProgressRecordSchema.safeParse(record).success,
    )
    const vouchedRecords = acceptedRecords.filter((record) => isCertainlyValidRecord(record))
    expect(acceptedRecords.length).toBeGreaterThan(200)
    expect(vouchedRecords.length).toBeGreaterThan(acceptedRecords.length * 0.9)
  })

  it('vouches for an event or a record whatever order its keys were written in, and only with every key', () => {
    const state = { status: 'learning', level: 2, notes: '', links: [] }
    const event = {
      id: 'e-1',
      at: '2026-01-31T10:00:00.000Z',
      key: 'skill:python',
      before: state,
      after: { ...state, status: 'done' },
      cause: 'edit',
      batchId: 'b-1',
    }
    const record = { ...state, key: 'skill:python', updatedAt: '2026-01-31T10:00:00.000Z' }
    const reordered = <T extends object>(
      value: T,
      order: readonly number[],
    ): Record<string, unknown> => {
      const entries = Object.entries(value)
      return Object.fromEntries(order.map((index) => entries[index] as [string, unknown]))
    }
    const orders = (length: number) =>
      fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length })
    fc.assert(
      fc.property(orders(7), orders(6), (eventOrder, recordOrder) => {
        expect(isCertainlyValidEvent(reordered(event, eventOrder))).toBe(true)
        expect(isCertainlyValidRecord(reordered(record, recordOrder))).toBe(true)
      }),
    )
    const withoutBatch = reordered(event, [0, 1, 2, 3, 4, 5])
    expect(isCertainlyValidEvent(withoutBatch)).toBe(false)
    expect(isCertainlyValidEvent({ ...withoutBatch, extra: 'b-1' })).toBe(false)
    expect(isCertainlyValidEvent({ ...event, before: { ...state, note: '' } })).toBe(false)
    const withoutUpdated = reordered(record, [0, 1, 2, 3, 4])
    expect(isCertainlyValidRecord({ ...withoutUpdated, updated: record.updatedAt })).toBe(false)
  })

  it("reads an event's key as the schema does, whatever its kind, characters and length", () => {
    const withKey = (key: string): unknown => ({
      id: 'e1',
      at: '2026-01-02T03:04:05.000Z',
      key,
      before: { status: 'todo', level: null, notes: '', links: [] },
      after: { status: 'done', level: 3, notes: '', links: [] },
      cause: 'edit',
      batchId: 'b1',
    })
    const prefix = fc.constantFrom(
      'skill:',
      'tip:',
      'custom:',
      'skill',
      'tip',
      'custom',
      'skil:',
      'Tip:',
      '',
    )
    const id = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', 'Z', '_', ':', ' ', 'é'),
        maxLength: 70,
      }),
      fc.string({ unit: fc.constantFrom('a', '1', '-'), minLength: 120, maxLength: 140 }),
    )
    fc.assert(
      fc.property(prefix, id, (kind, rest) => {
        const key = kind + rest
        const schema = ProgressKeySchema.safeParse(key).success
        // The check holds a skill's id to the id's own limit, which the schema leaves to the key's.
        const longSkill = key.startsWith('skill:') && rest.length > RECORD_ID_MAX
        expect(isCertainlyValidEvent(withKey(key))).toBe(schema && !longSkill)
      }),
      runs,
    )
    // A kind without its colon is no key, even when the rest would make one with it.
    for (const key of ['skillz', 'tipa', 'customA', 'skill-a', 'tip', 'skill:', 'custom:'])
      expect(isCertainlyValidEvent(withKey(key))).toBe(false)
    for (const key of ['skill:power-bi', 'tip:a1-b2', 'custom:Ab-9'])
      expect(isCertainlyValidEvent(withKey(key))).toBe(true)
  })

  it('vouches for events on the 29th to 31st only in months that have them', () => {
    const on = (at: string): unknown => ({
      id: 'e1',
      at,
      key: 'skill:python',
      before: { status: 'todo', level: null, notes: '', links: [] },
      after: { status: 'done', level: 3, notes: '', links: [] },
      cause: 'edit',
      batchId: 'b1',
    })
    expect(isCertainlyValidEvent(on('2024-02-29T12:00:00.000Z'))).toBe(true)
    expect(isCertainlyValidEvent(on('2026-01-31T23:59:59Z'))).toBe(true)
    expect(isCertainlyValidEvent(on('2026-02-29T12:00:00.000Z'))).toBe(false)
    expect(isCertainlyValidEvent(on('1900-02-29T12:00:00.000Z'))).toBe(false)
    expect(isCertainlyValidEvent(on('2026-04-31T00:00:00Z'))).toBe(false)
    for (const at of [
      '2024-02-29T12:00:00.000Z',
      '2026-02-29T12:00:00.000Z',
      '1900-02-29T00:00:00Z',
    ])
      expect(isCertainlyValidEvent(on(at))).toBe(ActivityEventSchema.safeParse(on(at)).success)
  })
})
