import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeArticleBytes } from '@shared/importer/decode-article-bytes'
import { parseArticle } from '@shared/importer/parse-article'
import type { ParseOutcome } from '@shared/importer/types'
import { linker } from './article-fixtures'

/** Runs per property; `ROLE_ATLAS_FUZZ_RUNS=5000 npx vitest run …` for a longer hunt. */
const RUNS = Number(process.env['ROLE_ATLAS_FUZZ_RUNS'] ?? 500)

/** Our own short article in the format the importer reads, with every kind of section. */
const ARTICLE = `Data Steward vs. Machine Learning Engineer: A Comprehensive Comparison

3 min read · Jan. 12, 2025
Data Steward vs. Machine Learning Engineer

One job keeps the data trustworthy, the other turns it into models. Here they are side by side.

Definitions

A Data Steward owns the rules for a set of data: what each field means and who may change it.

A Machine Learning Engineer builds, ships and watches the models that make predictions.

Responsibilities

Data Steward Responsibilities

  • Write and keep the glossary of business terms
  • Review changes to shared tables before they go live

Machine Learning Engineer Responsibilities

  • Train models on prepared datasets with Python
  • Deploy models behind services and monitor their drift

Required Skills

Data Steward Skills

  • SQL for checking data quality
  • Clear writing for definitions

Machine Learning Engineer Skills

  • Python and PyTorch
  • Statistics and experiment design

Tools and Software Used

Data Steward Tools

  • Excel
  • Tableau

Machine Learning Engineer Tools

  • Docker
  • Kubernetes

Practical Tips for Getting Started

  • Pick one dataset you use daily and document it end to end
  • Ship a small model and keep it running for a month
`

const errorCodes = ['empty', 'binary', 'too-large', 'not-an-article']

/** An answer the import screen can show: two named roles, or a coded refusal in words. */
function expectWellFormed(outcome: ParseOutcome): void {
  if (outcome.ok) {
    expect(outcome.article.roles).toHaveLength(2)
    for (const role of outcome.article.roles) expect(role.name).toMatch(/\S/)
  } else {
    expect(errorCodes).toContain(outcome.error.code)
    expect(outcome.error.message).toMatch(/\S/)
  }
}

// Thousands of parses per test: generous limits, so a busy machine does not fail them.
describe('parseArticle fuzzed', { timeout: 60_000 }, () => {
  it('reads the intact article', () => {
    const outcome = parseArticle(ARTICLE, linker)
    expect(outcome.ok && outcome.article.roles.map((role) => role.name)).toEqual([
      'Data Steward',
      'Machine Learning Engineer',
    ])
  })

  it('answers for the article cut at every length', () => {
    for (let length = 0; length <= ARTICLE.length; length++) {
      expectWellFormed(parseArticle(ARTICLE.slice(0, length), linker))
    }
  })

  it('answers for the article file with bytes flipped, inserted or removed', () => {
    const bytes = new TextEncoder().encode(ARTICLE)
    const index = fc.nat({ max: bytes.length - 1 })
    const damage = fc.oneof(
      fc
        .array(fc.tuple(index, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 })
        .map((flips) => {
          const copy = bytes.slice()
          for (const [at, mask] of flips) copy[at] = (copy[at] ?? 0) ^ mask
          return copy
        }),
      fc
        .tuple(index, fc.uint8Array({ minLength: 1, maxLength: 32 }))
        .map(
          ([at, inserted]) =>
            new Uint8Array([...bytes.slice(0, at), ...inserted, ...bytes.slice(at)]),
        ),
      fc
        .tuple(index, fc.integer({ min: 1, max: 200 }))
        .map(([at, count]) => new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + count)])),
    )
    fc.assert(
      fc.property(damage, (damaged) => {
        expectWellFormed(parseArticle(decodeArticleBytes(damaged), linker))
      }),
      { numRuns: RUNS },
    )
  })

  it('answers for arbitrary bytes taken as a file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4_000 }), (bytes) => {
        expectWellFormed(parseArticle(decodeArticleBytes(bytes), linker))
      }),
      { numRuns: RUNS },
    )
  })
})
