/** The title line of an article and the two role names it compares. */
export interface ArticleTitle {
  /** The fullest form found ("A vs. B: A Comprehensive Comparison"), else the bare line. */
  title: string
  roleNames: [string, string]
  /** Index of the first title line; the article's body follows the title lines. */
  lineIndex: number
}

/** How far into the text a title is looked for: the page header of a saved HTML page. */
const TITLE_SEARCH_LINES = 15
const MAX_ROLE_NAME_WORDS = 8
const MAX_ROLE_NAME_LENGTH = 80
const MAX_TITLE_LENGTH = 300

// A Markdown file may mark the title as a heading ("# A vs. B").
const VERSUS = /^(?:#{1,6}\s+)?(.+?)\s+(?:vs\.?|versus)\s+(.+?)(?:\s*[:|]\s*(.*))?$/iu

function cleanRoleName(name: string): string | null {
  const cleaned = name.replace(/^["“'‘]+|["”'’.,;!?]+$/gu, '').trim()
  const words = cleaned.split(/\s+/)
  const plausible =
    /^\p{L}/u.test(cleaned) &&
    cleaned.length <= MAX_ROLE_NAME_LENGTH &&
    words.length <= MAX_ROLE_NAME_WORDS
  return plausible ? cleaned : null
}

/** Role names of a "A vs. B" line, or null when the line is not one. */
function versusRoleNames(line: string): [string, string] | null {
  const match = VERSUS.exec(line)
  if (!match) return null
  const first = cleanRoleName(match[1] ?? '')
  const second = cleanRoleName(match[2] ?? '')
  if (!first || !second || first.toLowerCase() === second.toLowerCase()) return null
  return [first, second]
}

function sameRoles(a: [string, string], b: [string, string]): boolean {
  return a[0].toLowerCase() === b[0].toLowerCase() && a[1].toLowerCase() === b[1].toLowerCase()
}

/**
 * Finds the "A vs. B" title among the first lines. Articles repeat it ("A vs. B", then
 * "A vs B: A Comprehensive Comparison"); the roles come from the first, the title from the
 * first form with a subtitle.
 */
export function findArticleTitle(lines: readonly string[]): ArticleTitle | null {
  let found: ArticleTitle | null = null
  let seen = 0
  for (let index = 0; index < lines.length && seen < TITLE_SEARCH_LINES; index++) {
    const line = lines[index] ?? ''
    if (line === '') continue
    seen++
    // A title is short; skipping long lines also keeps the pattern away from huge ones.
    const names = line.length <= MAX_TITLE_LENGTH ? versusRoleNames(line) : null
    if (!names) continue
    const title = line.replace(/^#{1,6}\s+/, '')
    if (!found) found = { title, roleNames: names, lineIndex: index }
    else if (
      sameRoles(found.roleNames, names) &&
      !found.title.includes(':') &&
      title.includes(':')
    ) {
      found.title = title
    }
  }
  return found
}
