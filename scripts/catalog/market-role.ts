import type { Role, RoleItem } from '../../src/shared/domain/role'
import type { ArticleSourceContent, MarketRoleContent } from './content-schema'
import type { EntityRegistry } from './entities'
import {
  cites,
  educationItems,
  educationOf,
  projectionFigures,
  projectionOf,
  rankTools,
  ratingItems,
  toolItem,
} from './occupation-role'
import type { SourceData } from './onet-data'
import { BLS_SOURCE_ID, ONET_SOURCE_ID } from './sources'
import { CatalogInputError } from './tsv'

/** How many of the O*NET parent's hot and in-demand tools a market role shows. */
const PARENT_TOOLS = 15
/** How many of the parent's concrete skills and knowledge areas a market role shows. */
const PARENT_SKILLS = 8

/**
 * A market role: definition and responsibilities from the comparison articles (each item cites
 * its articles); skills, tools, education and BLS figures from the O*NET parent, cited to O*NET
 * and BLS and presented as the wider occupation's. Tips are added later from the same data.
 */
export function marketRole(
  content: MarketRoleContent,
  articles: ReadonlyMap<string, ArticleSourceContent>,
  data: SourceData,
  entities: EntityRegistry,
  toolLinks: Readonly<Record<string, string>>,
  spread: ReadonlyMap<string, number>,
  contentFile: string,
): Role {
  const fail = (reason: string): never => {
    throw new CatalogInputError(contentFile, null, `${content.id}: ${reason}`)
  }
  const { code, via } = content.parent
  if (!data.occupations.has(code)) fail(`parent ${code} is not in the O*NET data`)
  if (via !== undefined) {
    const titles = (data.alternateTitles.get(code) ?? []).map((title) => title.toLowerCase())
    if (!titles.includes(via.toLowerCase()))
      fail(`${code} does not list "${via}" among its alternate titles`)
  }
  const sources = new Set<string>()
  const item =
    (prefix: string) =>
    (entry: MarketRoleContent['responsibilities'][number], index: number): RoleItem => {
      for (const id of entry.articles) if (!articles.has(id)) fail(`cites unknown article "${id}"`)
      for (const id of entry.entityIds) if (!entities.has(id)) fail(`names unknown entity "${id}"`)
      entry.articles.forEach((id) => sources.add(id))
      return {
        id: `${prefix}-${index + 1}`,
        text: entry.text,
        entityIds: entry.entityIds,
        provenance: cites(
          ...entry.articles.map((id) => ({
            sourceId: id,
            locator: (articles.get(id) as ArticleSourceContent).url,
          })),
        ),
      }
    }
  const definition = item('definition')({ ...content.definition, entityIds: [] }, 0)
  const responsibilities = content.responsibilities.map(item('responsibility'))
  const skills = [
    ...ratingItems(code, data.skills.get(code) ?? [], false, entities).filter(
      (skill) => !skill.generic,
    ),
    ...ratingItems(code, data.knowledge.get(code) ?? [], true, entities),
  ]
    .sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0))
    .slice(0, PARENT_SKILLS)
  const tools = rankTools(data.technologies.get(code) ?? [], spread)
    .filter((tool) => tool.hot || tool.inDemand)
    .slice(0, PARENT_TOOLS)
    .map((tool) => toolItem(code, tool, entities, toolLinks))
  const education = educationOf(code, data)
  // The parent's figures always belong to a wider group than this job title.
  const projection = { ...projectionOf(code, data), widerGroup: true }
  const parentTitle = data.occupations.get(code)?.title as string
  return {
    id: content.id,
    name: content.name,
    aliases: content.aliases,
    summary: content.definition.text,
    origin: 'builtin',
    kind: 'market',
    sections: {
      responsibilities,
      skills,
      education: educationItems(education),
      tools,
      industries: [],
      tips: [],
    },
    outlook: { statements: [], figures: projectionFigures(projection) },
    profile: {
      summaryProvenance: definition.provenance,
      sourceIds: [...[...sources].sort(), ONET_SOURCE_ID, BLS_SOURCE_ID],
      education,
      projection,
      related: [],
      widerOccupations: [],
      salaryTitles: [],
      gaps: [
        {
          section: 'skills',
          note: `The articles' skill lists are not used; skills, knowledge and tools are those O*NET gives for ${parentTitle}.`,
        },
        {
          section: 'industries',
          note: 'The catalog records no industries for this role: O*NET has no industry data.',
        },
      ],
    },
  }
}
