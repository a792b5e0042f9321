import type { EntityLinker } from '../domain/entity-linker'
import { findArticleTitle } from './article-title'
import { detectLayout, readBodyLines } from './article-layout'
import { collectSections, type RoleLists } from './collect-sections'
import { FEATURED_JOB_MARK, readFeaturedJobs } from './featured-jobs'
import { checkArticleText } from './input-checks'
import { classifyLine } from './line-kinds'
import { linkItems } from './link-entities'
import { articleLines } from './normalize-text'
import { readOutlookFigures } from './outlook-figures'
import { repairEncoding } from './repair-encoding'
import { RoleNames } from './role-mentions'
import { missingSectionWarnings, sectionName } from './section-warnings'
import type {
  ImportWarning,
  ParsedArticle,
  ParsedItem,
  ParsedListSectionKey,
  ParsedRole,
  ParseOutcome,
} from './types'
import { parsedListSectionKeys } from './types'

/** Lines after which nothing belongs to the article: the page's salary and article links. */
const PAGE_FOOTER = /^(?:salary insights|related articles|view salary info\b)/i

const notAnArticle = (message: string): ParseOutcome => ({
  ok: false,
  error: { code: 'not-an-article', message },
})

/**
 * Where the featured-jobs trailer starts: a "Featured Job" line, or a title line followed by
 * "@ Company | Location". The body is everything before it.
 */
function trailerStart(lines: readonly string[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (FEATURED_JOB_MARK.test(line)) return index
    if (line === '' || line.startsWith('@')) continue
    const next = lines.slice(index + 1, index + 3).find((candidate) => candidate !== '')
    if (next?.startsWith('@ ') && classifyLine(line).kind === 'text') return index
  }
  return lines.length
}

function footerStart(lines: readonly string[], from: number): number {
  const index = lines.findIndex((line, at) => at >= from && PAGE_FOOTER.test(line))
  return index === -1 ? lines.length : index
}

/**
 * Reads a role-comparison article ("A vs. B: A Comprehensive Comparison") into two roles with
 * their sections, the sections written once for both, the featured-jobs trailer, the outlook's
 * figures and warnings. Returns an error, never throws, when the text is empty, binary, over
 * ARTICLE_MAX_BYTES, or not such an article.
 */
export function parseArticle(text: string, linker: EntityLinker): ParseOutcome {
  const refused = checkArticleText(text)
  if (refused) return { ok: false, error: refused }
  const repaired = repairEncoding(text)
  const lines = articleLines(repaired.text)
  const title = findArticleTitle(lines)
  if (!title) {
    return notAnArticle(
      'This is not a role comparison: no title of the form “Role A vs. Role B” was found at its start.',
    )
  }
  const roles = new RoleNames(title.roleNames)
  const bodyStart = title.lineIndex + 1
  const trailerAt = trailerStart(lines, bodyStart)
  const footerAt = footerStart(lines, trailerAt)
  const body = readBodyLines(lines.slice(bodyStart, trailerAt).map(classifyLine), roles)
  const collected = collectSections(body, roles, detectLayout(body))

  const groups: RoleLists[] = [...collected.roleLists]
  const listGroups = groups.flatMap((lists) => parsedListSectionKeys.map((key) => lists[key]))
  const sharedKeys = parsedListSectionKeys.filter((key) => collected.shared[key]?.length)
  const linked = linkItems(
    [...listGroups, ...sharedKeys.map((key) => collected.shared[key] ?? [])],
    linker,
  )
  const sectionsOf = (roleIndex: 0 | 1): Record<ParsedListSectionKey, ParsedItem[]> =>
    Object.fromEntries(
      parsedListSectionKeys.map((key, at) => [
        key,
        linked[roleIndex * parsedListSectionKeys.length + at] ?? [],
      ]),
    ) as Record<ParsedListSectionKey, ParsedItem[]>
  const roleOf = (roleIndex: 0 | 1): ParsedRole => ({
    name: roles.names[roleIndex],
    sections: {
      definition: collected.definitions[roleIndex].join('\n\n') || null,
      ...sectionsOf(roleIndex),
    },
  })
  const parsedRoles: [ParsedRole, ParsedRole] = [roleOf(0), roleOf(1)]
  const sharedSections: ParsedArticle['sharedSections'] = Object.fromEntries(
    sharedKeys.map((key, at) => [key, linked[listGroups.length + at] ?? []]),
  )
  const found = parsedRoles.some(
    (role) =>
      role.sections.definition !== null ||
      parsedListSectionKeys.some((key) => role.sections[key].length > 0),
  )
  if (!found && sharedKeys.length === 0) {
    return notAnArticle(
      `This names ${roles.names[0]} and ${roles.names[1]} but is not a role comparison: none of its text is under sections such as Responsibilities or Required Skills.`,
    )
  }

  const jobs = readFeaturedJobs(lines.slice(trailerAt, footerAt))
  const warnings: ImportWarning[] = []
  if (repaired.repairs > 0) {
    warnings.push({
      code: 'encoding-repaired',
      message: `${repaired.repairs} character${repaired.repairs === 1 ? ' was' : 's were'} garbled by a wrong text encoding and repaired.`,
    })
  }
  const truncated = !collected.concluded && trailerAt === lines.length
  if (truncated) {
    const where = collected.lastSection
      ? ` in its ${sectionName(collected.lastSection)} section`
      : ''
    warnings.push({
      code: 'truncated',
      message: `The text stops${where} before the conclusion, so it looks cut off: anything after that is missing.`,
    })
  }
  warnings.push(...collected.warnings, ...missingSectionWarnings(parsedRoles, sharedSections))
  for (const excluded of jobs.excluded) {
    warnings.push({
      code: 'listing-excluded',
      message: `A featured job was left out. ${excluded.reason}`,
    })
  }
  return {
    ok: true,
    article: {
      title: title.title,
      roles: parsedRoles,
      sharedSections,
      jobs,
      outlookFigures: readOutlookFigures(collected.outlookSentences, roles),
      warnings,
    },
  }
}
