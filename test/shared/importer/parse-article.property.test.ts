import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { articleTextFromFile } from '@shared/importer/article-file'
import { parseArticle } from '@shared/importer/parse-article'
import { articleText, linker } from './article-fixtures'

// How long a parse takes is the bench's to measure (`importer.parse`), not these tests'.

/** An outcome is either an article with two named roles or an error with a message. */
function expectWellFormed(outcome: ReturnType<typeof parseArticle>): void {
  if (outcome.ok) {
    expect(outcome.article.roles).toHaveLength(2)
    expect(outcome.article.roles.every((role) => role.name.length > 0)).toBe(true)
  } else {
    expect(outcome.error.message.length).toBeGreaterThan(0)
  }
}

// Pieces of the seed format, so that generated texts reach deep into the parser.
const fragment = fc.oneof(
  fc.constantFrom(
    'Data Analyst vs. Data Engineer: A Comprehensive Comparison',
    'Definitions',
    'Responsibilities',
    'Required Skills',
    'Data Analyst',
    'Data Engineer Skills',
    // The role-by-role layout: a part's heading, and list headings with words of their own.
    'Data Analyst Overview',
    'Definition',
    'Educational Background Needed',
    'Industries Employing Data Engineers',
    'For Aspiring Data Engineers',
    'Outlooks',
    'Practical Tips for Getting Started',
    'The responsibilities of a Data Analyst include:',
    'According to the BLS, jobs grow 12% from 2020 to 2030.',
    'Glassdoor lists an average salary of $95,000.',
    'In conclusion, both are fine.',
    'Featured Job ๐Ÿ‘€',
    '@ Acme | Remote',
    'Full Time Senior-level / Expert USD 100K - 130KNext Title',
    'Salary Insights',
    '• ',
    '- Key: value',
    '1. ',
    'โ€™ Β· â€',
    '<script>',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
)
const articleLike = fc
  .array(fragment, { maxLength: 60 })
  .chain((parts) =>
    fc.constantFrom('\n', '\r\n', '\r', ' ').map((separator) => parts.join(separator)),
  )

// Hundreds of parses per test: more than the default five seconds on a busy machine.
describe('parseArticle on any input', { timeout: 60_000 }, () => {
  // The first parses compile the taxonomy's patterns, once per process.
  beforeAll(() => {
    parseArticle(articleText('grouped-by-section.txt'), linker)
    parseArticle(articleText('list-intro-sentences.txt'), linker)
  })

  it('never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), (text) => {
        expectWellFormed(parseArticle(text, linker))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws for article-like texts', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        expectWellFormed(parseArticle(text, linker))
      }),
      { numRuns: 300 },
    )
  })

  it.each(['grouped-by-section.txt', 'by-role-worded-headings.txt'])(
    'never throws for %s with arbitrary damage',
    (file) => {
      const base = articleText(file)
      fc.assert(
        fc.property(
          fc.nat({ max: base.length }),
          fc.nat({ max: 400 }),
          fc.string({ unit: 'binary', maxLength: 50 }),
          (at, cut, insert) => {
            const text = base.slice(0, at) + insert + base.slice(at + cut)
            expectWellFormed(parseArticle(text, linker))
          },
        ),
        { numRuns: 150 },
      )
    },
  )

  // About 100 KB each, shaped to make work grow with the square of the size.
  it('answers hostile texts of about 100 KB', () => {
    const hostile = [
      `A vs. B\n${'Responsibilities\n'.repeat(6_000)}`,
      `Data Analyst vs. Data Engineer\nOutlook\n${'U.S. A'.repeat(15_000)}`,
      `${' vs '.repeat(25_000)}\nDefinitions`,
      `X vs. Y\nDefinitions\n${'- '.repeat(50_000)}`,
      `Data Analyst vs. Data Engineer\nSkills\nData Analyst\n${'- Python, SQL and Tableau\n'.repeat(4_000)}`,
      `Data Analyst vs. Data Engineer\nSkills\n- ${'SQL '.repeat(25_000)}`,
    ]
    for (const text of hostile) expectWellFormed(parseArticle(text, linker))
  })
})

describe('articleTextFromFile on any bytes', { timeout: 60_000 }, () => {
  beforeAll(() => {
    parseArticle(articleText('grouped-by-section.txt'), linker)
  })

  it('never throws for arbitrary bytes under any supported name', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4_000 }),
        fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm', 'e.pdf', 'noext'),
        (bytes, name) => {
          const read = articleTextFromFile(bytes, name)
          if (read.ok) expectWellFormed(parseArticle(read.text, linker))
          else expect(read.error.message.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads hostile HTML to text', () => {
    const hostile = [
      '<a "'.repeat(30_000),
      '<script>'.repeat(15_000),
      '<!--'.repeat(30_000),
      `<p>${'&amp;'.repeat(25_000)}</p>`,
    ]
    for (const html of hostile) {
      const read = articleTextFromFile(new TextEncoder().encode(html), 'hostile.html')
      expect(read.ok || read.error.message.length > 0).toBe(true)
    }
  })
})
