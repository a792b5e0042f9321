import type { ArticleLine } from './line-kinds'
import type { RoleNames } from './role-mentions'
import { readHeading, readListHeading, type Heading } from './section-headings'

/**
 * A line of the article body with its heading reading, if it is a heading. `listHeading` is
 * the looser reading of a line right above a list, which only a role-by-role article trusts.
 */
export type BodyLine = ArticleLine & { heading?: Heading; listHeading?: Heading }

/**
 * How an article orders its parts: each section with both roles inside it (the seeds), or
 * each role with all its sections inside it.
 */
export type ArticleLayout = 'by-section' | 'by-role'

/** Reads every text line of the body that is a heading. */
export function readBodyLines(lines: readonly ArticleLine[], roles: RoleNames): BodyLine[] {
  let nextKind: ArticleLine['kind'] | null = null
  const read: BodyLine[] = []
  // Backwards, so each line knows the kind of the next line that is not blank.
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]
    if (!line) continue
    read.push(readBodyLine(line, nextKind, roles))
    if (line.kind !== 'blank') nextKind = line.kind
  }
  return read.reverse()
}

function readBodyLine(
  line: ArticleLine,
  nextKind: ArticleLine['kind'] | null,
  roles: RoleNames,
): BodyLine {
  if (line.kind !== 'text') return line
  const heading = readHeading(line.text, roles)
  if (heading) return { ...line, heading }
  const listHeading = nextKind === 'bullet' ? readListHeading(line.text, roles) : null
  return listHeading ? { ...line, listHeading } : line
}

/**
 * Grouped by role when some role heading is followed, before any bullet, by a section heading,
 * and by at least two section headings ("Skills", or "Data Engineer Skills" for that role)
 * before the other role's heading. In the seeds' layout a role heading is followed by its
 * bullets, or by one section heading at a section's end.
 */
export function detectLayout(lines: readonly BodyLine[]): ArticleLayout {
  let afterRole: { roleIndex: 0 | 1; sections: number; bulletFirst: boolean } | null = null
  const groupsByRole = (): boolean =>
    afterRole !== null && !afterRole.bulletFirst && afterRole.sections >= 2
  for (const line of lines) {
    const heading = line.heading
    if (!heading) {
      if (line.kind === 'bullet' && afterRole?.sections === 0) afterRole.bulletFirst = true
      continue
    }
    const sameRole = heading.roleIndex === null || heading.roleIndex === afterRole?.roleIndex
    if (sameRole && heading.section !== null && heading.section !== 'conclusion') {
      if (afterRole) afterRole.sections++
      continue
    }
    if (groupsByRole()) return 'by-role'
    const bareRole = heading.roleIndex !== null && heading.section === null
    afterRole =
      bareRole && heading.roleIndex !== null
        ? { roleIndex: heading.roleIndex, sections: 0, bulletFirst: false }
        : null
  }
  return groupsByRole() ? 'by-role' : 'by-section'
}
