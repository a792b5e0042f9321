import type { OutlookFigure, Provenance, Role, RoleItem } from '../../src/shared/domain/role'
import type { RoleEducation, RoleProjection } from '../../src/shared/domain/role-profile'
import type { SourceRef } from '../../src/shared/domain/source'
import type { OccupationContent } from './content-schema'
import type { EntityRegistry } from './entities'
import type { Rating, SourceData, Technology } from './onet-data'
import {
  ELEMENT_LINKS,
  IMPORTANCE_FLOOR,
  educationLabel,
  elementKind,
  isGeneric,
} from './skill-entities'
import { BLS_SOURCE_ID, ONET_SOURCE_ID } from './sources'
import { CatalogInputError } from './tsv'

/** How many technologies a role's tools section keeps; see `rankTools`. */
const TOOLS_SHOWN = 40

/** Provenance of a fact from the catalog's datasets. */
export function cites(...sources: SourceRef[]): Provenance {
  return { origin: 'catalog', articleIds: [], sources }
}

export const onet = (locator: string): SourceRef => ({ sourceId: ONET_SOURCE_ID, locator })
const bls = (locator: string): SourceRef => ({ sourceId: BLS_SOURCE_ID, locator })

const oneDecimal = (value: number): string => value.toFixed(1)

/**
 * The technologies a role shows, most telling first: hot and in demand, then hot, then in
 * demand, then the rest; within a tier the ones more occupations of the subset use come first,
 * then by name. Cut to {@link TOOLS_SHOWN}: O*NET lists up to 426 per occupation, and a role
 * page, a comparison and a plan are about the ones employers ask for.
 */
export function rankTools(
  tools: readonly Technology[],
  spread: ReadonlyMap<string, number>,
): Technology[] {
  const tier = (tool: Technology): number =>
    tool.hot && tool.inDemand ? 0 : tool.hot ? 1 : tool.inDemand ? 2 : 3
  const unique = new Map(tools.map((tool) => [tool.name, tool]))
  return [...unique.values()]
    .sort(
      (a, b) =>
        tier(a) - tier(b) ||
        (spread.get(b.name) ?? 0) - (spread.get(a.name) ?? 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .slice(0, TOOLS_SHOWN)
}

/** Skill or knowledge items from O*NET ratings: important enough, not suppressed, by importance. */
export function ratingItems(
  code: string,
  ratings: readonly Rating[],
  knowledge: boolean,
  entities: EntityRegistry,
): RoleItem[] {
  return ratings
    .filter((rating) => rating.importance >= IMPORTANCE_FLOOR && !rating.suppressed)
    .sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name, 'en'))
    .map((rating): RoleItem => {
      const entityId = entities.resolve(
        rating.name,
        elementKind(rating, knowledge),
        ELEMENT_LINKS[rating.name],
      )
      const generic = !knowledge && isGeneric(rating)
      const label = knowledge ? `Knowledge of ${rating.name}` : rating.name
      return {
        id: `${knowledge ? 'knowledge' : 'skill'}-${entityId}`,
        text: `${label} (importance ${oneDecimal(rating.importance)} of 5)`,
        entityIds: [entityId],
        provenance: cites(onet(`${code} ${knowledge ? 'knowledge' : 'skill'} ${rating.elementId}`)),
        importance: rating.importance,
        ...(generic ? { generic: true } : {}),
      }
    })
}

/** The BLS projection for an occupation, with "wider group" set when BLS has only the parent. */
export function projectionOf(code: string, data: SourceData): RoleProjection {
  const row = data.projections.get(code) as NonNullable<ReturnType<typeof data.projections.get>>
  return {
    groupTitle: row.groupTitle,
    groupCode: row.groupCode,
    widerGroup: row.match.startsWith('parent'),
    period: '2024–34',
    employmentStart: row.employmentStart,
    employmentEnd: row.employmentEnd,
    changePercent: row.changePercent,
    openingsThousands: row.openingsThousands,
    ...(row.medianWage === undefined ? {} : { medianWage: row.medianWage }),
    wageDate: 'May 2024',
    provenance: cites(bls(`Table 1.2, ${row.groupCode} ${row.groupTitle}`)),
  }
}

/** Growth and median wage as outlook figures, labelled with the group they belong to. */
export function projectionFigures(projection: RoleProjection): OutlookFigure[] {
  const group = projection.widerGroup
    ? `for the wider group ${projection.groupTitle}`
    : projection.groupTitle.toLowerCase()
  const figures: OutlookFigure[] = [
    {
      id: 'bls-change-2024-34',
      kind: 'growth',
      label: `Projected employment change, ${group}`,
      value: projection.changePercent,
      unit: 'percent',
      period: '2024–2034',
      source: 'U.S. Bureau of Labor Statistics',
      provenance: projection.provenance,
    },
  ]
  if (projection.medianWage !== undefined) {
    figures.push({
      id: 'bls-median-wage-2024',
      kind: 'salary',
      label: `Median annual wage, ${group}`,
      value: projection.medianWage,
      unit: 'usd-per-year',
      period: 'May 2024',
      source: 'U.S. Bureau of Labor Statistics (OEWS)',
      provenance: projection.provenance,
    })
  }
  return figures
}

/** O*NET's education answers and job zone, with BLS's typical entry level. */
export function educationOf(code: string, data: SourceData): RoleEducation {
  const levels = (data.education.get(code) ?? [])
    .filter((share) => share.percent > 0)
    .map((share) => ({ level: educationLabel(share.level), percent: Math.round(share.percent) }))
    .filter((share) => share.percent > 0)
    .sort((a, b) => b.percent - a.percent || a.level.localeCompare(b.level, 'en'))
  const zone = data.jobZones.get(code)
  const typicalEntry = data.projections.get(code)?.typicalEntry
  const sources = [onet(`${code} education, job zone`)]
  if (typicalEntry) sources.push(bls(`Table 1.2, ${code.slice(0, 7)} typical entry education`))
  return {
    ...(typicalEntry ? { typicalEntry } : {}),
    requiredLevels: levels,
    ...(zone ? { jobZone: zone } : {}),
    provenance: cites(...sources),
  }
}

/** Short education items for the role's education section, which compare reads. */
export function educationItems(education: RoleEducation): RoleItem[] {
  const items: RoleItem[] = []
  if (education.typicalEntry) {
    items.push({
      id: 'typical-entry',
      text: `Typical entry level: ${education.typicalEntry} (BLS)`,
      entityIds: [],
      provenance: cites(
        ...(education.provenance.sources ?? []).filter((s) => s.sourceId === BLS_SOURCE_ID),
      ),
    })
  }
  for (const share of education.requiredLevels.slice(0, 3)) {
    items.push({
      id: `required-${share.level
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')}`,
      text: `${share.level}: ${share.percent}% of workers say the job requires it (O*NET)`,
      entityIds: [],
      provenance: cites(
        ...(education.provenance.sources ?? []).filter((s) => s.sourceId === ONET_SOURCE_ID),
      ),
    })
  }
  return items
}

/** A tool item, flagged as O*NET flags it. */
export function toolItem(
  code: string,
  tool: Technology,
  entities: EntityRegistry,
  links: Readonly<Record<string, string>>,
): RoleItem {
  const entityId = entities.resolve(tool.name, 'tool', links[tool.name])
  return {
    id: `tool-${entityId}`,
    text: tool.name,
    entityIds: [entityId],
    provenance: cites(onet(`${code} technology "${tool.name}"`)),
    ...(tool.hot ? { hot: true } : {}),
    ...(tool.inDemand ? { inDemand: true } : {}),
  }
}

/** The list sections and figures of an O*NET occupation, before aliases, tips and links. */
export function occupationRole(
  content: OccupationContent,
  data: SourceData,
  entities: EntityRegistry,
  toolLinks: Readonly<Record<string, string>>,
  spread: ReadonlyMap<string, number>,
  contentFile: string,
): Role {
  const { code } = content
  const tasks = data.tasks.get(code) ?? new Map()
  const responsibilities = content.responsibilities.map((item, index): RoleItem => {
    for (const task of item.tasks) {
      if (!tasks.has(task)) {
        throw new CatalogInputError(
          contentFile,
          null,
          `${content.id} responsibility ${index + 1} cites task ${task}, which ${code} does not have`,
        )
      }
    }
    return {
      id: `task-${item.tasks[0] as number}`,
      text: item.text,
      entityIds: [],
      provenance: cites(...item.tasks.map((task) => onet(`${code} task ${task}`))),
    }
  })
  const skills = ratingItems(code, data.skills.get(code) ?? [], false, entities)
  const skillItems = [
    ...skills.filter((item) => !item.generic),
    ...ratingItems(code, data.knowledge.get(code) ?? [], true, entities),
    ...skills.filter((item) => item.generic),
  ]
  const tools = rankTools(data.technologies.get(code) ?? [], spread).map((tool) =>
    toolItem(code, tool, entities, toolLinks),
  )
  const education = educationOf(code, data)
  const projection = projectionOf(code, data)
  return {
    id: content.id,
    name: content.name,
    aliases: [],
    summary: content.definition,
    origin: 'builtin',
    kind: 'occupation',
    sections: {
      responsibilities,
      skills: skillItems,
      education: educationItems(education),
      tools,
      industries: [],
      tips: [],
    },
    outlook: { statements: [], figures: projectionFigures(projection) },
    profile: {
      onetCode: code,
      summaryProvenance: cites(onet(`${code} description`)),
      sourceIds: [ONET_SOURCE_ID, BLS_SOURCE_ID],
      education,
      projection,
      related: [],
      widerOccupations: [],
      salaryTitles: [],
      toolsListed: new Set((data.technologies.get(code) ?? []).map((tool) => tool.name)).size,
      gaps: [
        ...(skillItems.length === 0
          ? [
              {
                section: 'skills',
                note: `O*NET ${'29.3'} has no skill or knowledge ratings for ${code}.`,
              },
            ]
          : []),
        ...(education.requiredLevels.length === 0
          ? [
              {
                section: 'education',
                note: `O*NET 29.3 has no education answers for ${code}; the typical entry level is BLS's.`,
              },
            ]
          : []),
        {
          section: 'industries',
          note: 'O*NET has no industry data; the catalog does not guess one.',
        },
      ],
    },
  }
}
