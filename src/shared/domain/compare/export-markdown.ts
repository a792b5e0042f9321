import type { OutlookFigure } from '../role'
import { sectionKeys, sectionTitles, type SectionKey } from '../sections'
import { escapeInline, escapeParagraphs } from './markdown-text'
import { SIMILARITY_FORMULA } from './similarity'
import { localDay } from '../progress/calendar'
import {
  entityGroups,
  type ComparedEntity,
  type ComparedItem,
  type Comparison,
  type ComparisonColumn,
  type PairOverlap,
  type ShareStatus,
} from './types'

/** What the user adds to a comparison when exporting it. */
export interface MarkdownExportMeta {
  title: string
  notes: string
  exportedAt: Date
}

const shareWords: Record<ShareStatus, string> = {
  all: 'shared by all',
  some: 'shared by some',
  only: 'only this role',
}

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})

/** The local calendar date, yyyy-mm-dd: the day the user exported, wherever they are. */
const localDate = (date: Date): string => localDay(date.toISOString())

const list = (lines: string[]): string =>
  lines.length > 0 ? lines.map((line) => `- ${line}`).join('\n') : '_None listed._'

function itemLine(item: ComparedItem, entities: ReadonlyMap<string, ComparedEntity>): string {
  const marks = item.entityIds
    .flatMap((id) => entities.get(id) ?? [])
    .map((entity) => `${escapeInline(entity.name)} (${shareWords[entity.share]})`)
  const text = escapeInline(item.text)
  return marks.length > 0 ? `${text} — ${marks.join(', ')}` : text
}

function figureLine(figure: OutlookFigure): string {
  const value =
    figure.unit === 'percent' ? `${figure.value}%` : `${usd.format(figure.value)} a year`
  return (
    `${escapeInline(figure.label)}: ${value} ` +
    `(${escapeInline(figure.period)}; source: ${escapeInline(figure.source)})`
  )
}

/** One `##` section with a `###` subsection per role. */
function perRole(
  title: string,
  columns: readonly ComparisonColumn[],
  body: (column: ComparisonColumn) => string,
): string {
  const parts = columns.map((column) => `### ${escapeInline(column.role.name)}\n\n${body(column)}`)
  return [`## ${title}`, ...parts].join('\n\n')
}

function sectionBlocks(comparison: Comparison): string[] {
  const entities = new Map(Object.entries(comparison.entities))
  const items = (key: SectionKey) => (column: ComparisonColumn) =>
    list(column.sections[key].map((item) => itemLine(item, entities)))
  const outlook = (column: ComparisonColumn): string =>
    list([
      ...column.outlook.statements.map((statement) => escapeInline(statement.text)),
      ...column.outlook.figures.map(figureLine),
    ])
  const columns = comparison.columns
  return [
    perRole('Summary', columns, (column) => escapeInline(column.role.summary)),
    ...sectionKeys
      .filter((key) => key !== 'tips')
      .map((key) => perRole(sectionTitles[key], columns, items(key))),
    perRole('Outlook', columns, outlook),
    perRole(sectionTitles.tips, columns, items('tips')),
  ]
}

function pairBlock(pair: PairOverlap, names: ReadonlyMap<string, string>): string {
  const first = escapeInline(names.get(pair.firstId) ?? pair.firstId)
  const second = escapeInline(names.get(pair.secondId) ?? pair.secondId)
  const counts = entityGroups.map((group) => {
    const { shared, onlyFirst, onlySecond } = pair.counts[group]
    const title = group.charAt(0).toUpperCase() + group.slice(1)
    return `${title}: ${shared} shared, ${onlyFirst} only ${first}, ${onlySecond} only ${second}`
  })
  return [
    `### ${first} and ${second}`,
    `Similarity: ${pair.score} out of 100.`,
    list(counts),
    escapeInline(pair.explanation),
  ].join('\n\n')
}

function sourcesBlock(comparison: Comparison): string {
  const sources = Object.values(comparison.articles)
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
    .map((article) =>
      article.published
        ? `${escapeInline(article.title)}, published ${article.published}`
        : escapeInline(article.title),
    )
  return `## Sources\n\n${sources.length > 0 ? list(sources) : '_No articles cited._'}`
}

/**
 * A comparison as a Markdown document a person can read anywhere: title and date, the roles,
 * every section side by side with each entity's share status in words, the overlap of every
 * pair, the user's notes, and the articles it all comes from. Every piece of text is escaped,
 * so the title, notes and imported role texts cannot add formatting, links or HTML.
 */
export function comparisonToMarkdown(comparison: Comparison, meta: MarkdownExportMeta): string {
  const names = new Map(comparison.columns.map((column) => [column.role.id, column.role.name]))
  const notes = escapeParagraphs(meta.notes)
  const blocks = [
    `# ${escapeInline(meta.title)}`,
    `Exported from Role Atlas on ${localDate(meta.exportedAt)}.`,
    `## Roles compared\n\n${list(comparison.columns.map((column) => escapeInline(column.role.name)))}`,
    ...sectionBlocks(comparison),
    `## How much they overlap\n\n${SIMILARITY_FORMULA}`,
    ...comparison.pairs.map((pair) => pairBlock(pair, names)),
    ...(notes === '' ? [] : [`## Notes\n\n${notes}`]),
    sourcesBlock(comparison),
  ]
  return `${blocks.join('\n\n')}\n`
}
