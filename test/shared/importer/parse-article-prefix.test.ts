import { describe, expect, it } from 'vitest'
import { parseArticle } from '@shared/importer/parse-article'
import { parsedListSectionKeys, type ParsedArticle } from '@shared/importer/types'
import { articleText, linker, parsed } from './article-fixtures'

/** Every list of both roles as "role/section" → item texts. */
function listsOf(article: ParsedArticle): Map<string, string[]> {
  const lists = new Map<string, string[]>()
  for (const role of article.roles) {
    for (const key of parsedListSectionKeys) {
      lists.set(
        `${role.name}/${key}`,
        role.sections[key].map((item) => item.text),
      )
    }
  }
  return lists
}

// A text cut short (a paste that stopped early) must never move an item to another role or
// section: whatever the parser reads from the first lines, it reads the same way in the whole.
describe.each(['grouped-by-section.txt', 'by-role-plain.txt', 'by-role-worded-headings.txt'])(
  'parseArticle on the lines of %s cut short',
  (file) => {
    const text = articleText(file)
    const whole = listsOf(parsed(text))
    const lines = text.split('\n')

    it('gives each role a beginning of the lists the whole article gives it', () => {
      let checked = 0
      for (let count = 1; count <= lines.length; count++) {
        const outcome = parseArticle(lines.slice(0, count).join('\n'), linker)
        if (!outcome.ok) continue
        checked++
        for (const [list, items] of listsOf(outcome.article)) {
          expect(items, `${list} after ${count} lines of ${file}`).toEqual(
            whole.get(list)?.slice(0, items.length),
          )
        }
      }
      expect(checked).toBeGreaterThan(lines.length / 2)
    })
  },
)
