import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DbSchema } from '../../../../src/main/store/schema'
import {
  buildExport,
  exportToText,
  mergeOutcome,
  replaceOutcome,
  readExport,
  type UserData,
} from '@shared/domain/data-transfer'
import { replayLog } from '@shared/domain/progress/replay'
import {
  article,
  emptyData,
  libraryRoleIds,
  userDataArb,
  withContribution,
  type Settings,
} from './data-fixtures'

const meta = { schemaVersion: 5, appVersion: '0.1.0', exportedAt: new Date('2026-11-29T10:00:00Z') }
const context = {
  appVersion: '0.1.0',
  schemaVersion: 5,
  library: { roleIds: libraryRoleIds, articleIds: new Set<string>() },
  settings: DbSchema.shape.settings,
}

/** Writes `data` to an export's text and reads it back as the import would. */
function throughFile(data: UserData<Settings>): UserData<Settings> {
  const read = readExport(exportToText(buildExport(data, meta)), context)
  if (!read.ok) throw new Error(read.message)
  expect(read.warnings).toEqual([])
  return read.document.data
}

describe('export and import round trip', () => {
  it('export, import into an empty profile, export again: the same content', () => {
    fc.assert(
      fc.property(userDataArb(), fc.constantFrom(mergeOutcome, replaceOutcome), (data, plan) => {
        const first = exportToText(buildExport(data, meta))
        const imported = plan(emptyData(), throughFile(data)).next
        expect(JSON.parse(exportToText(buildExport(imported, meta)))).toEqual(JSON.parse(first))
      }),
      { numRuns: 200 },
    )
  })

  it('import into a fresh profile brings back every role as the user saw it, built-in ones with what was merged into them', () => {
    fc.assert(
      fc.property(userDataArb(), fc.constantFrom(mergeOutcome, replaceOutcome), (data, plan) => {
        const imported = plan(emptyData(), throughFile(data)).next
        expect(imported.roles).toEqual(data.roles)
      }),
      { numRuns: 200 },
    )
  })

  it('what was merged into a built-in role comes back after a catalog update replaced the role', () => {
    const contribution = {
      skills: ['Data modelling'],
      tips: ['Write a data contract'],
      creditsCatalogItem: true,
      alias: 'Head of Data',
    }
    const data = { ...emptyData(), articles: [article('a-mine')] }
    data.roles = data.roles.map((role) =>
      role.id === 'data-manager' ? withContribution(role, contribution, 'a-mine') : role,
    )
    // The new catalog rewords the SQL skill and adds one.
    const updated = emptyData()
    updated.roles = updated.roles.map((role) => {
      const [sql] = role.sections.skills
      return role.id === 'data-manager' && sql
        ? {
            ...role,
            sections: {
              ...role.sections,
              skills: [
                { ...sql, text: 'SQL for querying and shaping data' },
                {
                  id: 'skills-1',
                  text: 'Data governance',
                  entityIds: [],
                  provenance: { origin: 'catalog' as const, articleIds: ['a1'] },
                },
              ],
            },
          }
        : role
    })
    for (const plan of [mergeOutcome, replaceOutcome]) {
      const role = plan(updated, throughFile(data)).next.roles.find((r) => r.id === 'data-manager')
      expect(role?.aliases).toEqual(['Head of Data'])
      expect(role?.sections.skills.map((item) => [item.text, item.provenance])).toEqual([
        ['SQL for querying and shaping data', { origin: 'catalog', articleIds: ['a1', 'a-mine'] }],
        ['Data modelling', { origin: 'import', articleIds: ['a-mine'] }],
        ['Data governance', { origin: 'catalog', articleIds: ['a1'] }],
      ])
      expect(role?.sections.tips.map((item) => item.text)).toEqual(['Write a data contract'])
    }
  })

  it('merging a profile’s own export into it changes nothing', () => {
    fc.assert(
      fc.property(userDataArb(), (data) => {
        const plan = mergeOutcome(data, throughFile(data))
        expect(plan.conflicts).toEqual([])
        for (const changes of Object.values(plan.changes)) {
          expect(changes).toMatchObject({ added: 0, updated: 0, conflicts: 0, removed: 0 })
        }
        expect(buildExport(plan.next, meta)).toEqual(buildExport(data, meta))
      }),
      { numRuns: 100 },
    )
  })

  it('a merge of two profiles keeps every record and event of both, progress equal to its log', () => {
    fc.assert(
      fc.property(userDataArb('here-'), userDataArb('there-'), (here, there) => {
        const incoming = throughFile(there)
        const { next } = mergeOutcome(here, incoming)
        const ids = (data: UserData<Settings>) => ({
          roles: new Set(data.roles.map((role) => role.id)),
          comparisons: new Set(data.comparisons.map((c) => c.id)),
          plans: new Set(data.plans.map((c) => c.id)),
          activity: new Set(data.activity.map((event) => event.id)),
        })
        const merged = ids(next)
        for (const source of [ids(here), ids(incoming)]) {
          for (const kind of ['roles', 'comparisons', 'plans', 'activity'] as const) {
            for (const id of source[kind]) expect(merged[kind].has(id)).toBe(true)
          }
        }
        expect(next.activity).toHaveLength(here.activity.length + incoming.activity.length)
        const replayed = replayLog(next.activity)
        expect(next.progress).toHaveLength(replayed.size)
        for (const record of next.progress) {
          const { status, level, notes, links } = record
          expect({ status, level, notes, links }).toEqual(replayed.get(record.key))
        }
        expect(DbSchema.shape.progress.safeParse(next.progress).success).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
