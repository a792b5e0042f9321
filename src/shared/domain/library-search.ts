import type { Entity, EntityKind } from './entity'
import type { Facet, LibraryQuery, LibraryResult, LibraryRole } from './library'
import type { Role } from './role'
import { sectionKeys, sectionTitles, type SectionKey } from './sections'

/** Lower-case, trimmed, single-spaced: how search text and names are compared. */
export function normaliseSearchText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
}

/** True when `query` starts a word of `spelling`: "bi" finds "Power BI", "sql" does not find "NoSQL". */
function startsAWord(spelling: string, query: string): boolean {
  const text = normaliseSearchText(spelling)
  let index = text.indexOf(query)
  while (index !== -1) {
    const before = index === 0 ? '' : text.charAt(index - 1)
    if (!/[\p{L}\p{N}]/u.test(before)) return true
    index = text.indexOf(query, index + 1)
  }
  return false
}

function sectionsLinking(role: Role, entityId: string): SectionKey[] {
  return sectionKeys.filter((key) =>
    role.sections[key].some((item) => item.entityIds.includes(entityId)),
  )
}

function linksIn(role: Role, section: SectionKey): Set<string> {
  return new Set(role.sections[section].flatMap((item) => item.entityIds))
}

interface Ranked {
  role: LibraryRole
  rank: number
}

const KEY_TOOL_COUNT = 5

function keyTools(role: Role, entities: ReadonlyMap<string, Entity>): string[] {
  return [...linksIn(role, 'tools')]
    .map((id) => entities.get(id))
    .filter((entity): entity is Entity => entity !== undefined && entity.kind !== 'concept')
    .slice(0, KEY_TOOL_COUNT)
    .map((entity) => entity.name)
}

function matchRole(
  role: Role,
  query: string,
  entities: ReadonlyMap<string, Entity>,
): Ranked | null {
  const base = {
    id: role.id,
    name: role.name,
    aliases: role.aliases,
    summary: role.summary,
    origin: role.origin,
    keyTools: keyTools(role, entities),
  }
  if (query === '') return { role: { ...base, matchedOn: [] }, rank: 0 }
  if (startsAWord(role.name, query)) return { role: { ...base, matchedOn: [] }, rank: 0 }
  const alias = role.aliases.find((a) => startsAWord(a, query))
  if (alias) return { role: { ...base, matchedOn: [`also called ${alias}`] }, rank: 1 }

  const matchedOn: string[] = []
  const linked = new Set(sectionKeys.flatMap((key) => [...linksIn(role, key)]))
  for (const id of linked) {
    const entity = entities.get(id)
    if (!entity || ![entity.name, ...entity.aliases].some((s) => startsAWord(s, query))) continue
    const where = sectionsLinking(role, id).map((key) => sectionTitles[key].toLocaleLowerCase('en'))
    matchedOn.push(`${entity.name} (${where.join(', ')})`)
  }
  return matchedOn.length > 0 ? { role: { ...base, matchedOn: matchedOn.sort() }, rank: 2 } : null
}

/**
 * The kinds each filter offers. A section's text may name other things ("Technology: AI
 * startups" names AI), but an entity is an industry or a tool by its kind, never both.
 */
const facetKinds: Record<'industries' | 'tools', readonly EntityKind[]> = {
  industries: ['industry'],
  tools: ['language', 'framework', 'tool', 'platform'],
}

function facetsFor(
  roles: readonly Role[],
  section: 'industries' | 'tools',
  entities: ReadonlyMap<string, Entity>,
): Facet[] {
  const counts = new Map<string, number>()
  for (const role of roles) {
    for (const id of linksIn(role, section)) {
      const kind = entities.get(id)?.kind
      if (kind && facetKinds[section].includes(kind)) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  return [...counts]
    .map(([id, roleCount]) => ({ id, name: entities.get(id)?.name ?? id, roleCount }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
}

/**
 * Searches and filters the role library. Text matches role names and aliases, then the
 * names and aliases of every entity a role's items link to; filters keep roles whose
 * industries (or tools) section links the chosen entity.
 */
export function queryLibrary(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
  query: LibraryQuery,
): LibraryResult {
  const text = normaliseSearchText(query.text)
  const filtered = roles.filter(
    (role) =>
      (!query.industryId || linksIn(role, 'industries').has(query.industryId)) &&
      (!query.toolId || linksIn(role, 'tools').has(query.toolId)),
  )
  const ranked = filtered
    .map((role) => matchRole(role, text, entities))
    .filter((match): match is Ranked => match !== null)
    .sort((a, b) => a.rank - b.rank || a.role.name.localeCompare(b.role.name, 'en'))
  return {
    roles: ranked.map((r) => r.role),
    total: roles.length,
    industries: facetsFor(roles, 'industries', entities),
    tools: facetsFor(roles, 'tools', entities),
  }
}
