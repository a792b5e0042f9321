import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dbSchemaAt, decodeDb } from '../../../src/main/store/decode'
import { migrations } from '../../../src/main/store/migrations'
import { CURRENT_SCHEMA_VERSION, DbSchema, defaultDb } from '../../../src/main/store/schema'
import { EMPTY_PROGRESS, NOTES_MAX, type ActivityEvent } from '@shared/domain/progress/types'
import { userRole } from './helpers'

const at = '2026-11-29T08:00:00.000Z'
const learning = { status: 'learning', level: 2, notes: '', links: [] }

function event(n: number): ActivityEvent {
  const links = [{ url: 'https://example.com/guide', label: 'Guide' }]
  return {
    id: `event-${n}`,
    at,
    key: 'skill:python',
    before: EMPTY_PROGRESS,
    after: { status: 'learning', level: 2, notes: 'Started the course', links },
    cause: 'edit',
    batchId: `batch-${n}`,
  }
}

/** A small valid file's data, as JSON.parse gives it, with every kind of record in it. */
function fileData(): Record<string, unknown> {
  return {
    ...defaultDb(),
    roles: [userRole('analytics-translator')],
    progress: [{ key: 'skill:python', ...learning, updatedAt: at }],
    activity: [event(1), event(2)],
    plans: [
      {
        id: 'plan',
        title: 'Become a translator',
        source: { kind: 'role', roleId: 'analytics-translator' },
        items: [{ key: 'skill:python', label: 'Python', group: 'skills' }],
        archived: false,
        createdAt: at,
        updatedAt: at,
      },
    ],
  }
}

/** The file's data with one activity event replaced by `changed` of it. */
function withEvent(changed: (event: ActivityEvent) => unknown): Record<string, unknown> {
  return { ...fileData(), activity: [event(1), changed(event(2))] }
}

const refused: [name: string, data: Record<string, unknown>][] = [
  ['an event whose key names no kind of item', withEvent((e) => ({ ...e, key: 'role:python' }))],
  [
    'an event at a day that does not exist',
    withEvent((e) => ({ ...e, at: '2026-02-30T08:00:00Z' })),
  ],
  [
    'an event linking to a non-web address',
    withEvent((e) => ({
      ...e,
      after: { ...e.after, links: [{ url: 'ftp://example.com/guide', label: '' }] },
    })),
  ],
  [
    'an event with notes over the limit',
    withEvent((e) => ({ ...e, after: { ...e.after, notes: 'n'.repeat(NOTES_MAX + 1) } })),
  ],
  ['an event with an unknown cause', withEvent((e) => ({ ...e, cause: 'import' }))],
  ['an event without its batch', withEvent(({ batchId: _, ...e }) => e)],
  [
    'two progress records for one key',
    {
      ...fileData(),
      progress: [
        { key: 'skill:python', ...learning, updatedAt: at },
        { key: 'skill:python', ...learning, updatedAt: at },
      ],
    },
  ],
  [
    'a plan item with a blank label',
    {
      ...fileData(),
      plans: [
        {
          ...(fileData().plans as object[])[0],
          items: [{ key: 'skill:python', label: '   ', group: 'skills' }],
        },
      ],
    },
  ],
]

const accepted: [name: string, data: Record<string, unknown>][] = [
  ['a file the app wrote', fileData()],
  ['an event with a field the app does not know', withEvent((e) => ({ ...e, extra: true }))],
  [
    'a plan item label with spaces around it',
    {
      ...fileData(),
      plans: [
        {
          ...(fileData().plans as object[])[0],
          items: [{ key: 'skill:python', label: '  Python  ', group: 'skills' }],
        },
      ],
    },
  ],
]

describe('the schema a store file is opened with', () => {
  it('compiles whole: a rule z.compile cannot model would quietly slow down every start', () => {
    expect(() => z.compile(DbSchema, { strict: true })).not.toThrow()
  })

  const schema = dbSchemaAt(CURRENT_SCHEMA_VERSION)
  const decode = (data: unknown) =>
    decodeDb(JSON.stringify(data), {
      ladder: migrations,
      targetVersion: CURRENT_SCHEMA_VERSION,
      schema,
    })

  it.each(refused)('refuses %s exactly as DbSchema does', async (_name, data) => {
    const opened = schema.safeParse(data)
    expect(opened.success).toBe(false)
    expect(opened.error?.issues).toEqual(DbSchema.safeParse(data).error?.issues)
    expect(await decode(data)).toEqual({
      ok: false,
      reason: 'its contents are not in the expected format',
    })
  })

  it.each(accepted)('reads %s into the same data as DbSchema', async (_name, data) => {
    const expected = DbSchema.parse(data)
    expect(schema.parse(data)).toEqual(expected)
    expect(await decode(data)).toEqual({ ok: true, db: expected, migrated: false })
  })
})
