import type { Entity, EntityKind } from './entity'
import type { Facet, LibraryFigures, LibraryQuery, LibraryResult, LibraryRole } from './library'
import type { Role } from './role'
import { familyOf, roleFamilies } from './role-families'
import { nearlySpells, normaliseSearchText, startsAWord } from './search-text'
import { sectionKeys, sectionTitles, type SectionKey } from './sections'

export { normaliseSearchText } from './search-text'

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

/** How one word (or the whole query) was found in a role, best first. */
const Found = {
  Name: 0,
  Alias: 1,
  Entity: 2,
  /** Found only with a typo. */
  Nearly: 3,
} as const
type Found = (typeof Found)[keyof typeof Found]

/** Whether an entity is named by a word: exactly, with a typo, or not at all. Asked per entity, not per role. */
type EntityMatcher = (entity: Entity) => typeof Found.Entity | typeof Found.Nearly | undefined

function entityMatcher(word: string): EntityMatcher {
  const known = new Map<string, typeof Found.Entity | typeof Found.Nearly | undefined>()
  return (entity) => {
    if (known.has(entity.id)) return known.get(entity.id)
    const spellings = [entity.name, ...entity.aliases]
    const found = spellings.some((s) => startsAWord(s, word))
      ? Found.Entity
      : spellings.some((s) => nearlySpells(s, word))
        ? Found.Nearly
        : undefined
    known.set(entity.id, found)
    return found
  }
}

/** One search term: the whole query, or one of its words. */
interface Term {
  text: string
  entities: EntityMatcher
}

function term(text: string): Term {
  return { text, entities: entityMatcher(text) }
}

/** How `term` finds `role`, with what it found there; undefined when it does not. */
function findTerm(
  role: Role,
  linked: readonly Entity[],
  { text, entities }: Term,
): { found: Found; alias?: string; entities: Entity[] } | undefined {
  if (startsAWord(role.name, text)) return { found: Found.Name, entities: [] }
  const alias = role.aliases.find((a) => startsAWord(a, text))
  if (alias) return { found: Found.Alias, alias, entities: [] }
  const exact = linked.filter((entity) => entities(entity) === Found.Entity)
  if (exact.length > 0) return { found: Found.Entity, entities: exact }
  if (nearlySpells(role.name, text)) return { found: Found.Nearly, entities: [] }
  const nearly = linked.filter((entity) => entities(entity) === Found.Nearly)
  return nearly.length > 0 ? { found: Found.Nearly, entities: nearly } : undefined
}

function matchRole(
  role: Role,
  terms: { phrase: Term; words: Term[] } | undefined,
  entities: ReadonlyMap<string, Entity>,
  figures: LibraryFigures,
): Ranked | null {
  const base = {
    id: role.id,
    name: role.name,
    aliases: role.aliases,
    summary: role.summary,
    origin: role.origin,
    keyTools: keyTools(role, entities),
    familyId: familyOf(role),
    typicalEntry: role.profile?.education?.typicalEntry,
    growthPercent: role.profile?.projection?.changePercent,
    medianSalary: figures.medians?.get(role.id),
    fitScore: figures.fits?.get(role.id),
  }
  if (terms === undefined) return { role: { ...base, matchedOn: [] }, rank: 0 }
  const linkedIds = new Set(sectionKeys.flatMap((key) => [...linksIn(role, key)]))
  const linked = [...linkedIds].flatMap((id) => entities.get(id) ?? [])

  // The whole query first ("bi analyst" is an alias), then every word on its own: a role is
  // found when it has all of them ("python sql"), each in its name, an alias or an entity.
  const whole = findTerm(role, linked, terms.phrase)
  const found = whole
    ? [whole]
    : terms.words.length > 1
      ? terms.words.map((word) => findTerm(role, linked, word))
      : []
  if (found.length === 0 || found.some((f) => f === undefined)) return null
  const matches = found.filter((f) => f !== undefined)

  const matchedOn: string[] = []
  for (const alias of new Set(matches.flatMap((m) => m.alias ?? []))) {
    matchedOn.push(`also called ${alias}`)
  }
  const why = new Map(matches.flatMap((m) => m.entities).map((entity) => [entity.id, entity]))
  const reasons = [...why.values()].map((entity) => {
    const where = sectionsLinking(role, entity.id).map((key) =>
      sectionTitles[key].toLocaleLowerCase('en'),
    )
    return `${entity.name} (${where.join(', ')})`
  })
  return {
    role: { ...base, matchedOn: [...matchedOn, ...reasons.sort()] },
    rank: Math.max(...matches.map((m) => m.found)),
  }
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

/** BLS's entry levels, fewest years first, so the education filter reads as a ladder. */
const educationLadder = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
]

function educationRank(level: string): number {
  const rank = educationLadder.indexOf(level)
  return rank === -1 ? educationLadder.length : rank
}

function countBy(values: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) {
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

function familyFacets(roles: readonly Role[]): Facet[] {
  const counts = countBy(roles.map(familyOf))
  return roleFamilies.flatMap((family) => {
    const roleCount = counts.get(family.id)
    return roleCount ? [{ id: family.id, name: family.name, roleCount }] : []
  })
}

function educationFacets(roles: readonly Role[]): Facet[] {
  const counts = countBy(roles.map((role) => role.profile?.education?.typicalEntry))
  return [...counts]
    .map(([level, roleCount]) => ({ id: level, name: level, roleCount }))
    .sort((a, b) => educationRank(a.id) - educationRank(b.id) || a.name.localeCompare(b.name, 'en'))
}

/** Fastest growth (or highest pay) first; a role without the figure goes last, as nothing is known of it. */
function byFigure(sort: LibraryQuery['sort'], a: LibraryRole, b: LibraryRole): number {
  if (sort === 'growth') return (b.growthPercent ?? -Infinity) - (a.growthPercent ?? -Infinity)
  if (sort === 'salary') return (b.medianSalary ?? -Infinity) - (a.medianSalary ?? -Infinity)
  if (sort === 'fit') return (b.fitScore ?? -Infinity) - (a.fitScore ?? -Infinity)
  return 0
}

/**
 * Searches and filters the role library. Text matches role names and aliases, then the
 * names and aliases of every entity a role's items link to, at the start of a word; several
 * words find the roles that have all of them, and a word of four letters or more is found
 * with a typo (two from eight letters), ranked below exact matches. Filters keep roles whose
 * industries (or tools) section links the chosen entity, whose family is the chosen one, whose
 * typical entry education is the chosen level, or whose projected growth is above the chosen
 * threshold (a role without a projection is left out then, as its growth is unknown), or whose
 * median salary is at least the chosen floor. Sorting by growth, salary or fit puts the highest
 * first and keeps name order among equals. `figures` are the roles' median salaries (given when
 * the query {@link wantsSalaries}) and the user's fits (given when it sorts by fit).
 */
export function queryLibrary(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
  query: LibraryQuery,
  figures: LibraryFigures = {},
): LibraryResult {
  const text = normaliseSearchText(query.text)
  const terms = text === '' ? undefined : { phrase: term(text), words: text.split(' ').map(term) }
  const filtered = roles.filter(
    (role) =>
      (!query.industryId || linksIn(role, 'industries').has(query.industryId)) &&
      (!query.toolId || linksIn(role, 'tools').has(query.toolId)) &&
      (!query.familyId || familyOf(role) === query.familyId) &&
      (!query.education || role.profile?.education?.typicalEntry === query.education) &&
      (query.minGrowth === undefined ||
        (role.profile?.projection?.changePercent ?? -Infinity) > query.minGrowth) &&
      (query.minSalary === undefined ||
        (figures.medians?.get(role.id) ?? -Infinity) >= query.minSalary),
  )
  const ranked = filtered
    .map((role) => matchRole(role, terms, entities, figures))
    .filter((match): match is Ranked => match !== null)
    .sort(
      (a, b) =>
        byFigure(query.sort, a.role, b.role) ||
        a.rank - b.rank ||
        a.role.name.localeCompare(b.role.name, 'en'),
    )
  return {
    roles: ranked.map((r) => r.role),
    total: roles.length,
    industries: facetsFor(roles, 'industries', entities),
    tools: facetsFor(roles, 'tools', entities),
    families: familyFacets(roles),
    educations: educationFacets(roles),
  }
}
