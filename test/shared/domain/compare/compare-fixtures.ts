import fc from 'fast-check'
import type { Entity } from '@shared/domain/entity'
import type { ArticleRef, Role } from '@shared/domain/role'
import type { SectionKey } from '@shared/domain/sections'
import { sectionKeys } from '@shared/domain/sections'
import { testEntities, testRole } from '../fixtures'

/** The shared synthetic taxonomy plus enough kinds that every entity group has several members. */
export const compareEntities: Entity[] = [
  ...testEntities,
  { id: 'communication', name: 'Communication', kind: 'soft-skill', aliases: [] },
  { id: 'statistics', name: 'Statistics', kind: 'discipline', aliases: [] },
  { id: 'airflow', name: 'Airflow', kind: 'tool', aliases: [] },
  { id: 'healthcare', name: 'Healthcare', kind: 'industry', aliases: [] },
  { id: 'retail', name: 'Retail', kind: 'industry', aliases: [] },
]

export const entityMap: ReadonlyMap<string, Entity> = new Map(compareEntities.map((e) => [e.id, e]))

/** The article every `testRole` item cites. */
export const articleMap: ReadonlyMap<string, ArticleRef> = new Map([
  ['a1', { id: 'a1', title: 'Synthetic Role vs. Role', published: '2024-05-01' }],
])

/** A role whose items each link one entity, in the section its group belongs in. */
export function roleLinking(id: string, name: string, entityIds: readonly string[]): Role {
  const sectionOf = (entityId: string): SectionKey => {
    const kind = entityMap.get(entityId)?.kind
    if (kind === 'industry') return 'industries'
    return kind === 'tool' || kind === 'framework' || kind === 'platform' ? 'tools' : 'skills'
  }
  const sections: Partial<Record<SectionKey, [string, string[]][]>> = {}
  for (const entityId of entityIds) {
    const key = sectionOf(entityId)
    sections[key] = [...(sections[key] ?? []), [`Works with ${entityId}.`, [entityId]]]
  }
  return testRole(id, name, sections)
}

/** An id the taxonomy does not know, mixed into generated roles to check it is skipped. */
export const unknownEntityId = 'not-in-taxonomy'

const idPool = [...compareEntities.map((entity) => entity.id), unknownEntityId]

/** The known entity ids a role links in its list sections. */
export function knownIds(role: Role): Set<string> {
  return new Set(
    sectionKeys
      .flatMap((key) => role.sections[key].flatMap((item) => item.entityIds))
      .filter((id) => entityMap.has(id)),
  )
}

const sectionArb = fc.array(fc.subarray(idPool), { maxLength: 3 })

/** A role with arbitrary items spread over all six sections, linking arbitrary entities. */
export const roleArb = (id: string): fc.Arbitrary<Role> =>
  fc
    .record({
      responsibilities: sectionArb,
      skills: sectionArb,
      education: sectionArb,
      tools: sectionArb,
      industries: sectionArb,
      tips: sectionArb,
    })
    .map((sections) =>
      testRole(
        id,
        `Role ${id}`,
        Object.fromEntries(
          sectionKeys.map((key) => [
            key,
            sections[key].map((ids): [string, string[]] => [`About ${ids.join(', ')}.`, ids]),
          ]),
        ),
      ),
    )

/** Two to four distinct roles. */
export const rolesArb: fc.Arbitrary<Role[]> = fc
  .integer({ min: 2, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => roleArb(`role-${i}`))))
