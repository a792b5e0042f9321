import type { Entity } from '../entity'
import type { ArticleRef, Role } from '../role'
import { sectionKeys, type SectionKey } from '../sections'
import { byName, entityLabel, linkedEntities } from './entity-sets'
import { pairOverlap } from './similarity'
import { toolFlags } from './tool-flags'
import {
  entityGroups,
  groupOf,
  type ComparedEntity,
  type ComparedItem,
  type Comparison,
  type ComparisonColumn,
  type PairOverlap,
  type ShareStatus,
} from './types'

function shareOf(holders: number, roles: number): ShareStatus {
  if (holders === roles) return 'all'
  return holders === 1 ? 'only' : 'some'
}

const groupRank = (entity: Entity): number => {
  const group = groupOf(entity.kind)
  return group ? entityGroups.indexOf(group) : entityGroups.length
}

/**
 * Every entity any role links, grouped then alphabetical, with the roles that link it and, for
 * tools, the O*NET flags the roles give it.
 */
function compareEntities(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
): Map<string, ComparedEntity> {
  const linked = roles.map((role) => linkedEntities(role, entities))
  const all = new Map(linked.flatMap((perRole) => [...perRole]))
  const ordered = [...all.values()].sort((a, b) => groupRank(a) - groupRank(b) || byName(a, b))
  const flags = toolFlags(roles)
  return new Map(
    ordered.flatMap((entity) => {
      const group = groupOf(entity.kind)
      if (!group) return []
      const roleIds = roles.filter((_, index) => linked[index]?.has(entity.id)).map((r) => r.id)
      const compared: ComparedEntity = {
        ...entityLabel(entity),
        group,
        share: shareOf(roleIds.length, roles.length),
        roleIds,
        // Flags sit on tool items; one that links a skill does not make the skill "hot".
        ...(group === 'tools' ? flags.get(entity.id) : {}),
      }
      return [[entity.id, compared] as const]
    }),
  )
}

function markItems(
  key: SectionKey,
  role: Role,
  roles: readonly Role[],
  compared: ReadonlyMap<string, ComparedEntity>,
): ComparedItem[] {
  return role.sections[key].map((item) => {
    const linked = item.entityIds.flatMap((id) => compared.get(id) ?? [])
    const sharedByAll =
      linked.length > 0
        ? linked.every((entity) => entity.share === 'all')
        : // Ids are only unique within a section (a role may use "databases" in skills and
          // in tools), so a matching id counts only in the same section.
          roles.every((other) => other.sections[key].some((its) => its.id === item.id))
    return { ...item, sharedByAll }
  })
}

function column(
  role: Role,
  roles: readonly Role[],
  compared: ReadonlyMap<string, ComparedEntity>,
): ComparisonColumn {
  const mark = (key: SectionKey): ComparedItem[] => markItems(key, role, roles, compared)
  return {
    role: {
      id: role.id,
      name: role.name,
      aliases: role.aliases,
      summary: role.summary,
      origin: role.origin,
    },
    sections: {
      responsibilities: mark('responsibilities'),
      skills: mark('skills'),
      education: mark('education'),
      tools: mark('tools'),
      industries: mark('industries'),
      tips: mark('tips'),
    },
    outlook: role.outlook,
  }
}

/** Every article the roles' items, outlook statements and figures cite, in order of first citation. */
function citedArticles(
  roles: readonly Role[],
  articles: ReadonlyMap<string, ArticleRef>,
): Record<string, ArticleRef> {
  const cited = new Set(
    roles.flatMap((role) =>
      [
        ...sectionKeys.flatMap((key) => role.sections[key]),
        ...role.outlook.statements,
        ...role.outlook.figures,
      ].flatMap((sourced) => sourced.provenance.articleIds),
    ),
  )
  return Object.fromEntries(
    [...cited].flatMap((id) => articles.get(id) ?? []).map((a) => [a.id, a]),
  )
}

/**
 * Puts two to four roles side by side: one column per role in the given order, every linked
 * entity marked by how widely the roles share it, the overlap of every pair of columns, and
 * the articles behind it all. Entity ids the taxonomy does not know are skipped.
 *
 * @throws Error when given fewer than two roles (callers validate that first).
 */
export function compareRoles(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
  articles: ReadonlyMap<string, ArticleRef>,
): Comparison {
  if (roles.length < 2) {
    throw new Error(`compareRoles needs at least two roles, got ${roles.length}`)
  }
  const compared = compareEntities(roles, entities)
  const pairs: PairOverlap[] = []
  roles.forEach((first, i) => {
    for (const second of roles.slice(i + 1)) pairs.push(pairOverlap(first, second, entities))
  })
  return {
    columns: roles.map((role) => column(role, roles, compared)),
    entities: Object.fromEntries(compared),
    pairs,
    articles: citedArticles(roles, articles),
  }
}
