import { describe, expect, it } from 'vitest'
import { DbSchema } from '../../../../src/main/store/schema'
import { buildExport, exportToText, readExport, type UserData } from '@shared/domain/data-transfer'
import { RECORD_ID_MAX } from '@shared/domain/text-limits'
import { event } from '../progress/progress-fixtures'
import {
  plan,
  comparison,
  emptyData,
  libraryRoleIds,
  ownRole,
  type Settings,
} from './data-fixtures'

const context = {
  appVersion: '0.1.0',
  schemaVersion: 5,
  library: { roleIds: libraryRoleIds, articleIds: new Set(['built-in-article']) },
  now: new Date('2026-12-01T00:00:00Z'),
  settings: DbSchema.shape.settings,
}
const meta = { schemaVersion: 5, appVersion: '0.1.0', exportedAt: new Date('2026-11-29T10:00:00Z') }

function sample(): UserData<Settings> {
  const done = event('e1', 'skill:python', {}, { status: 'done' })
  return {
    ...emptyData(),
    roles: [...emptyData().roles, ownRole('analytics-translator')],
    comparisons: [comparison('c1', ['analytics-translator', 'data-manager'])],
    plans: [plan('l1')],
    activity: [done],
    progress: [{ ...done.after, key: 'skill:python', updatedAt: done.at }],
  }
}

/** The sample's export as a plain object, to tamper with. */
function exported(): Record<string, unknown> & { data: Record<string, unknown[]> } {
  return JSON.parse(exportToText(buildExport(sample(), meta)))
}

function refusal(text: string): string {
  const read = readExport(text, context)
  if (read.ok) throw new Error('expected a refusal')
  return read.message
}

describe('readExport', () => {
  it('reads an export with everything the user made and nothing built in', () => {
    const read = readExport(exportToText(buildExport(sample(), meta)), context)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.document.data.roles.map((role) => role.id)).toEqual(['analytics-translator'])
    expect(read.document).toMatchObject({ appVersion: '0.1.0', schemaVersion: 5, version: 1 })
    expect(read.warnings).toEqual([])
  })

  it.each([
    ['text that is not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '{"name":"package"}', /^This file is not a Role Atlas export\.$/],
    ['a JSON array', '[]', /not a Role Atlas export/],
    ['an export without versions', '{"format":"role-atlas-export"}', /does not say which versions/],
  ])('refuses %s', (_, text, message) => {
    expect(refusal(text)).toMatch(message)
  })

  it('refuses a file from a newer app, naming both versions', () => {
    const file = { ...exported(), appVersion: '0.3.0', schemaVersion: 6 }
    expect(refusal(JSON.stringify(file))).toBe(
      'This file was exported by Role Atlas 0.3.0 (data version 6); this copy is 0.1.0 and reads up to data version 5.',
    )
    const newerFormat = { ...exported(), appVersion: '0.2.0', version: 2 }
    expect(refusal(JSON.stringify(newerFormat))).toBe(
      'This file was exported by Role Atlas 0.2.0 (export format 2); this copy is 0.1.0 and reads up to export format 1.',
    )
  })

  it('refuses a data version older than any export', () => {
    expect(refusal(JSON.stringify({ ...exported(), schemaVersion: 2 }))).toMatch(
      /data version 2, older than any Role Atlas export/,
    )
  })

  it('refuses records out of shape, saying where', () => {
    const file = exported()
    file.data['comparisons'] = [{ ...(file.data['comparisons']?.[0] as object), roleIds: ['x'] }]
    expect(refusal(JSON.stringify(file))).toMatch(
      /damaged or was edited: data\.comparisons\.0\.roleIds: Compare at least two roles\./,
    )
  })

  it('refuses a built-in role in the file', () => {
    const file = exported()
    file.data['roles'] = [{ ...(file.data['roles']?.[0] as object), origin: 'builtin' }]
    expect(refusal(JSON.stringify(file))).toMatch(/data\.roles\.0\.origin: Built-in roles/)
  })

  it('refuses duplicate ids and progress that does not match its log', () => {
    const file = exported()
    file.data['plans'] = [file.data['plans']?.[0], file.data['plans']?.[0]]
    file.data['progress'] = [{ ...(file.data['progress']?.[0] as object), status: 'learning' }]
    const message = refusal(JSON.stringify(file))
    expect(message).toContain('It lists the plan "l1" more than once.')
    expect(message).toContain('The progress of "skill:python" does not match its logged changes.')
  })

  it('refuses logged changes without their progress record, and lists at most three problems', () => {
    const file = exported()
    file.data['progress'] = []
    file.data['articles'] = ['a', 'b', 'c', 'd'].map(() => ({ id: 'same', title: 'Same' }))
    file.data['comparisons'] = [0, 1, 2].map(() => file.data['comparisons']?.[0])
    file.data['roles'] = [0, 1].map(() => file.data['roles']?.[0])
    expect(refusal(JSON.stringify(file))).toMatch(/\(and 1 more\)$/)
  })

  it('warns about comparisons and plans naming roles found nowhere, and still reads them', () => {
    const file = exported()
    file.data['roles'] = []
    file.data['plans'] = [
      { ...(file.data['plans']?.[0] as object), source: { kind: 'role', roleId: 'gone' } },
    ]
    const read = readExport(JSON.stringify(file), context)
    expect(read.ok && read.warnings).toEqual([
      "1 saved comparison names a role that is neither in the file nor in this app's library; it will be shown as missing.",
      "1 plan was made for a role that is neither in the file nor in this app's library; its items and progress are kept.",
    ])
  })

  it('refuses a file from a newer app at the same data version, naming both versions', () => {
    const file = { ...exported(), appVersion: '0.3.0' }
    expect(refusal(JSON.stringify(file))).toBe(
      'This file was exported by Role Atlas 0.3.0, newer than this copy (0.1.0). Update Role Atlas to 0.3.0 or later, then import the file again.',
    )
    // An older app's file, and a pre-release of this one, still read.
    expect(readExport(JSON.stringify({ ...exported(), appVersion: '0.0.9' }), context).ok).toBe(
      true,
    )
    expect(
      readExport(JSON.stringify({ ...exported(), appVersion: '0.1.0-beta.2' }), context).ok,
    ).toBe(true)
  })

  it.each(['2024-02-30T00:00:00.000Z', '2024-02-30', 'yesterday'])(
    'refuses an export date that is no date (%s), saying so',
    (exportedAt) => {
      expect(refusal(JSON.stringify({ ...exported(), exportedAt }))).toBe(
        `This Role Atlas export is damaged: the date it says it was exported (“${exportedAt}”) is not a real date and time. Export your data again and import the new file.`,
      )
    },
  )

  it('refuses an article or a role of the file that takes a built-in id', () => {
    const file = exported()
    file.data['articles'] = [{ id: 'built-in-article', title: 'SPOOFED SOURCE' }]
    file.data['roles'] = [{ ...(file.data['roles']?.[0] as object), id: 'data-manager' }]
    const message = refusal(JSON.stringify(file))
    expect(message).toContain(
      'Its article "SPOOFED SOURCE" has the id "built-in-article", which belongs to a built-in article.',
    )
    expect(message).toContain('which belongs to a built-in role.')
  })

  it('refuses an activity log out of time order', () => {
    const first = event('e1', 'skill:python', {}, { status: 'learning' })
    const second = {
      ...event('e2', 'skill:python', { status: 'learning' }, { status: 'done' }),
      at: '2020-01-01T00:00:00.000Z',
    }
    const file = exported()
    file.data['activity'] = [first, second]
    file.data['progress'] = [{ ...second.after, key: 'skill:python', updatedAt: second.at }]
    expect(refusal(JSON.stringify(file))).toContain(
      `Its logged change "e2" (2020-01-01T00:00:00.000Z) comes after one made later (${first.at}); the log is out of order.`,
    )
  })

  it('brings dates in the future back to the time of import, and says so', () => {
    const file = exported()
    const far = '9999-12-31T00:00:00.000Z'
    const done = { ...event('e1', 'skill:python', {}, { status: 'done' }), at: far }
    file.data['activity'] = [done]
    file.data['progress'] = [{ ...done.after, key: 'skill:python', updatedAt: far }]
    file.data['comparisons'] = [{ ...(file.data['comparisons']?.[0] as object), updatedAt: far }]
    const read = readExport(JSON.stringify(file), context)
    if (!read.ok) throw new Error(read.message)
    const now = '2026-12-01T00:00:00.000Z'
    expect(read.document.data.activity[0]?.at).toBe(now)
    expect(read.document.data.progress[0]?.updatedAt).toBe(now)
    expect(read.document.data.comparisons[0]?.updatedAt).toBe(now)
    expect(read.warnings).toContain(
      "3 dates lay in the future (the other computer's clock may be wrong); they are set to the time of this import, so those records do not win every later merge.",
    )
  })

  it('refuses a role name, an item or an id longer than the app stores', () => {
    const file = exported()
    const role = file.data['roles']?.[0] as { name: string; id: string }
    file.data['roles'] = [{ ...role, name: 'N'.repeat(10 * 1024 * 1024) }]
    file.data['activity'] = [
      { ...(file.data['activity']?.[0] as object), batchId: 'b'.repeat(RECORD_ID_MAX + 1) },
    ]
    const message = refusal(JSON.stringify(file))
    expect(message).toMatch(/data\.roles\.0\.name: Too big/)
    expect(message).toMatch(/data\.activity\.0\.batchId: Too big/)
  })
})
