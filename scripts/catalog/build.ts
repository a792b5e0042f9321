import { CatalogSchema, type Catalog } from '../../src/shared/domain/catalog'
import { TaxonomySchema, type Entity, type Taxonomy } from '../../src/shared/domain/entity'
import type { Role } from '../../src/shared/domain/role'
import type { RelatedRole, WiderOccupation } from '../../src/shared/domain/role-profile'
import type { CatalogContent, MarketRoleContent } from './content-schema'
import { EntityRegistry } from './entities'
import { INPUT_FILES, type InputRows } from './input-files'
import { marketRole } from './market-role'
import { cites, occupationRole, onet } from './occupation-role'
import { readSourceData, type SourceData } from './onet-data'
import { DATASET_SOURCES, ONET_ATTRIBUTION, SALARY_SOURCE_ID, articleSource } from './sources'
import { occupationTips } from './tips'
import { CatalogInputError } from './tsv'

/** The version of the catalog this content builds; raise it whenever the output changes. */
const CATALOG_VERSION = 3

/** How many related occupations a role lists (O*NET's primary ones, in its order). */
const RELATED_SHOWN = 8

/** Where the hand-written content lives, for error messages. */
const CONTENT_FILES = {
  occupations: 'scripts/catalog/content/occupations.ts',
  marketRoles: 'scripts/catalog/content/market-roles.ts',
  families: 'scripts/catalog/content/role-families.ts',
} as const

/** The entities the build adds to the hand-kept taxonomy, shipped with O*NET's attribution. */
interface TaxonomyAdditions {
  version: number
  attribution: string
  entities: Entity[]
}

export interface CatalogBuild {
  catalog: Catalog
  additions: TaxonomyAdditions
}

const lower = (text: string): string => text.trim().toLowerCase()

/** How many occupations of the subset list each technology, for ranking ties. */
function toolSpread(data: SourceData): Map<string, number> {
  const spread = new Map<string, number>()
  for (const tools of data.technologies.values()) {
    for (const name of new Set(tools.map((tool) => tool.name)))
      spread.set(name, (spread.get(name) ?? 0) + 1)
  }
  return spread
}

// O*NET's commodity classes for everyday office software, which every desk job lists.
const OFFICE_COMMODITIES = new Set([
  'Spreadsheet software',
  'Office suite software',
  'Electronic mail software',
  'Presentation software',
  'Word processing software',
])

/** Office tools (Excel, Word…): listed for every desk job, so no tip tells anyone to learn them first. */
function officeTools(data: SourceData): Set<string> {
  const names = new Set<string>()
  for (const tools of data.technologies.values()) {
    for (const tool of tools) if (OFFICE_COMMODITIES.has(tool.commodity)) names.add(tool.name)
  }
  return names
}

/** Every O*NET occupation is either written up or left out on purpose, and has a BLS row. */
function checkCoverage(data: SourceData, content: CatalogContent): void {
  const written = new Set(content.occupations.map((occupation) => occupation.code))
  for (const occupation of content.occupations) {
    if (!data.occupations.has(occupation.code)) {
      throw new CatalogInputError(
        CONTENT_FILES.occupations,
        null,
        `${occupation.code} is not in ${INPUT_FILES.occupations.path}`,
      )
    }
  }
  for (const occupation of data.occupations.values()) {
    if (!written.has(occupation.code) && content.excluded[occupation.code] === undefined) {
      throw new CatalogInputError(
        INPUT_FILES.occupations.path,
        occupation.line,
        `${occupation.code} has no content and is not excluded`,
      )
    }
    if (written.has(occupation.code) && !data.projections.has(occupation.code)) {
      throw new CatalogInputError(
        INPUT_FILES.projections.path,
        null,
        `no row for ${occupation.code} ${occupation.title} (${INPUT_FILES.occupations.path} line ${occupation.line})`,
      )
    }
  }
}

/** The occupations whose alternate titles include the role's name or an alias. */
function widerOccupations(
  role: Role,
  data: SourceData,
  roleIdByCode: ReadonlyMap<string, string>,
): WiderOccupation[] {
  const names = new Set([role.name, ...role.aliases].map(lower))
  const wider: WiderOccupation[] = []
  for (const [code, roleId] of roleIdByCode) {
    const via = (data.alternateTitles.get(code) ?? []).find((title) => names.has(lower(title)))
    if (via)
      wider.push({
        roleId,
        title: (data.occupations.get(code) as { title: string }).title,
        onetCode: code,
        via,
      })
  }
  return wider
}

/** A market role's O*NET parent as its wider occupation. */
function parentOccupation(
  market: MarketRoleContent,
  data: SourceData,
  roleIdByCode: ReadonlyMap<string, string>,
): WiderOccupation[] {
  const roleId = roleIdByCode.get(market.parent.code)
  if (roleId === undefined) {
    throw new CatalogInputError(
      CONTENT_FILES.marketRoles,
      null,
      `${market.id}: parent ${market.parent.code} is not a role of the catalog`,
    )
  }
  return [
    {
      roleId,
      title: (data.occupations.get(market.parent.code) as { title: string }).title,
      onetCode: market.parent.code,
      ...(market.parent.via === undefined ? {} : { via: market.parent.via }),
      ...(market.parent.note === undefined ? {} : { note: market.parent.note }),
    },
  ]
}

/**
 * Builds the catalog from checked source data and the hand-written content. Pure apart from
 * its inputs: the same inputs give the same catalog, byte for byte once serialised.
 */
export function buildCatalog(
  rows: InputRows,
  content: CatalogContent,
  baseTaxonomy: Taxonomy,
  salaryRows: ReadonlyMap<string, number>,
): CatalogBuild {
  const data = readSourceData(rows)
  checkCoverage(data, content)
  const entities = new EntityRegistry(baseTaxonomy.entities)
  const spread = toolSpread(data)
  const ubiquitous = officeTools(data)
  const occupations = content.occupations.map((occupation) =>
    occupationRole(
      occupation,
      data,
      entities,
      content.toolLinks,
      spread,
      CONTENT_FILES.occupations,
    ),
  )
  const articles = new Map(content.articles.map((article) => [article.id, article]))
  const market = content.marketRoles.map((role) =>
    marketRole(
      role,
      articles,
      data,
      entities,
      content.toolLinks,
      spread,
      CONTENT_FILES.marketRoles,
    ),
  )
  const seeds = content.seeds.roles.map((role): Role => ({
    ...role,
    origin: 'builtin',
    kind: 'seed',
  }))
  const roles = [...seeds, ...market, ...occupations]

  const ids = new Set<string>()
  for (const role of roles) {
    if (ids.has(role.id))
      throw new CatalogInputError(
        CONTENT_FILES.occupations,
        null,
        `role id ${role.id} is used twice`,
      )
    ids.add(role.id)
  }
  for (const id of Object.keys(content.families)) {
    if (!ids.has(id))
      throw new CatalogInputError(CONTENT_FILES.families, null, `no role has the id ${id}`)
  }
  const roleIdByCode = new Map(
    content.occupations.map((occupation) => [occupation.code, occupation.id]),
  )
  const names = new Set(roles.map((role) => lower(role.name)))
  const salaryTitles = new Map<string, { title: string; rows: number }[]>()
  for (const entry of content.salaryTitles) {
    if (!ids.has(entry.roleId))
      throw new CatalogInputError(entry.file, entry.line, `no role has the id "${entry.roleId}"`)
    const count = salaryRows.get(entry.title)
    if (count === undefined) {
      throw new CatalogInputError(
        entry.file,
        entry.line,
        `"${entry.title}" is not a job title in the salary index`,
      )
    }
    salaryTitles.set(entry.roleId, [
      ...(salaryTitles.get(entry.roleId) ?? []),
      { title: entry.title, rows: count },
    ])
  }

  const finished = roles.map((role): Role => {
    const code = role.profile?.onetCode
    let aliases = role.aliases
    let related: RelatedRole[] = []
    let tips = role.sections.tips
    if (code !== undefined) {
      // An alternate title that is another role's name links to that role instead of aliasing it.
      const seen = new Set([lower(role.name)])
      aliases = (data.alternateTitles.get(code) ?? []).filter((title) => {
        const key = lower(title)
        if (seen.has(key) || names.has(key)) return false
        seen.add(key)
        return true
      })
      related = (data.related.get(code) ?? [])
        .filter((other) => other.tier.startsWith('Primary'))
        .sort((a, b) => a.index - b.index)
        .slice(0, RELATED_SHOWN)
        .map((other) => ({
          title: other.title,
          ...(roleIdByCode.has(other.code)
            ? { roleId: roleIdByCode.get(other.code) as string }
            : {}),
          provenance: cites(onet(`${code} related occupation ${other.code}`)),
        }))
      const neighbour = related.find((other) => other.roleId !== undefined)
      const neighbourRole =
        neighbour && roles.find((candidate) => candidate.id === neighbour.roleId)
      tips = occupationTips(
        role,
        code,
        'this occupation',
        neighbourRole
          ? { name: neighbourRole.name, code: neighbourRole.profile?.onetCode as string }
          : undefined,
        ubiquitous,
      )
    } else if (role.kind === 'market') {
      const market = content.marketRoles.find(
        (candidate) => candidate.id === role.id,
      ) as MarketRoleContent
      const parentTitle = (data.occupations.get(market.parent.code) as { title: string }).title
      tips = occupationTips(
        role,
        market.parent.code,
        `the wider occupation, ${parentTitle},`,
        undefined,
        ubiquitous,
      )
      related = market.comparedWith.map((id) => {
        const other = roles.find((candidate) => candidate.id === id)
        if (!other)
          throw new CatalogInputError(
            CONTENT_FILES.marketRoles,
            null,
            `${role.id} is compared with unknown role ${id}`,
          )
        return {
          title: other.name,
          roleId: id,
          provenance: role.profile?.summaryProvenance ?? cites(),
        }
      })
    }
    const wider =
      role.kind === 'seed'
        ? widerOccupations(role, data, roleIdByCode)
        : role.kind === 'market'
          ? parentOccupation(
              content.marketRoles.find((m) => m.id === role.id) as MarketRoleContent,
              data,
              roleIdByCode,
            )
          : []
    const titles = salaryTitles.get(role.id) ?? []
    const profile = role.profile ?? {
      summaryProvenance: {
        origin: 'catalog' as const,
        articleIds: [
          ...new Set(
            Object.values(role.sections)
              .flat()
              .flatMap((item) => item.provenance.articleIds),
          ),
        ].sort(),
      },
      sourceIds: [],
      related: [],
      widerOccupations: [],
      salaryTitles: [],
      gaps: [],
    }
    const family = content.families[role.id]
    if (!family)
      throw new CatalogInputError(CONTENT_FILES.families, null, `${role.id} has no family`)
    return {
      ...role,
      family,
      aliases,
      sections: { ...role.sections, tips },
      profile: {
        ...profile,
        related,
        widerOccupations: wider,
        salaryTitles: titles,
        sourceIds: [...profile.sourceIds, ...(titles.length > 0 ? [SALARY_SOURCE_ID] : [])],
      },
    }
  })

  const usedArticles = new Set(finished.flatMap((role) => role.profile?.sourceIds ?? []))
  const catalog = CatalogSchema.parse({
    version: CATALOG_VERSION,
    articles: content.seeds.articles,
    sources: [
      ...DATASET_SOURCES,
      ...content.articles
        .filter((article) => usedArticles.has(article.id))
        .map((article) => articleSource(article.id, article.title, article.url, article.published)),
    ],
    roles: finished,
  })
  const additions: TaxonomyAdditions = {
    version: 1,
    attribution: ONET_ATTRIBUTION,
    entities: entities.added(),
  }
  TaxonomySchema.parse({
    version: baseTaxonomy.version,
    entities: [...baseTaxonomy.entities, ...additions.entities],
  })
  for (const role of catalog.roles) {
    for (const item of Object.values(role.sections).flat()) {
      for (const id of item.entityIds) {
        if (!entities.has(id))
          throw new CatalogInputError(
            CONTENT_FILES.marketRoles,
            null,
            `${role.id} links unknown entity ${id}`,
          )
      }
    }
  }
  return { catalog, additions }
}

/** The catalog's files as text: two-space JSON with a final line break. */
export function serialise(build: CatalogBuild): { catalog: string; additions: string } {
  return {
    catalog: `${JSON.stringify(build.catalog, null, 2)}\n`,
    additions: `${JSON.stringify(build.additions, null, 2)}\n`,
  }
}
