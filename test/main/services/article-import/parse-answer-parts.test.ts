import { MessageChannel } from 'node:worker_threads'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PART_ITEMS,
  joinPart,
  receivePartsSteps,
  splitOutcome,
} from '../../../../src/main/services/article-import/parse-answer-parts'
import { runInTurns } from '../../../../src/main/store/run-in-turns'
import { runAll } from '@shared/domain/article-import/steps'
import {
  parsedListSectionKeys,
  type ParsedArticle,
  type ParsedItem,
  type ParseOutcome,
} from '@shared/importer/types'

const item = fc.record({ text: fc.string(), entities: fc.array(fc.string(), { maxLength: 2 }) })
// Mostly short lists; now and then one around a part's size, or a few parts long.
const list = fc.oneof(
  { arbitrary: fc.array(item, { maxLength: 3 }), weight: 6 },
  {
    arbitrary: fc
      .constantFrom(PART_ITEMS, PART_ITEMS + 1, 2 * PART_ITEMS + 7)
      .map((length) =>
        Array.from({ length }, (_, n): ParsedItem => ({ text: `item ${n}`, entities: [] })),
      ),
    weight: 1,
  },
)
const sections = fc.record(
  Object.fromEntries(parsedListSectionKeys.map((key) => [key, list])) as Record<
    (typeof parsedListSectionKeys)[number],
    typeof list
  >,
)
const article = fc
  .record({
    first: sections,
    second: sections,
    shared: fc.dictionary(fc.constantFrom(...parsedListSectionKeys), list),
  })
  .map(({ first, second, shared }): ParsedArticle => ({
    title: 'A vs. B',
    roles: [
      { name: 'A', sections: { definition: null, ...first } },
      { name: 'B', sections: { definition: 'B is.', ...second } },
    ],
    sharedSections: shared,
    jobs: { listings: [], excluded: [] },
    outlookFigures: [],
    warnings: [],
  }))

/** What main has once the head and every part have crossed to it (as copies). */
function crossed(outcome: ParseOutcome): ParseOutcome {
  const { head, parts } = splitOutcome(outcome)
  const received = structuredClone(head)
  for (const part of parts) if (received.ok) joinPart(received.article, structuredClone(part))
  return received
}

describe('parse answer parts', () => {
  it('puts every article back as it was, and leaves the one it split alone', () => {
    fc.assert(
      fc.property(article, (parsed) => {
        const outcome: ParseOutcome = { ok: true, article: parsed }
        const before = structuredClone(outcome)
        expect(crossed(outcome)).toEqual(before)
        expect(outcome).toEqual(before)
      }),
      { numRuns: 25 },
    )
  })

  it('sends an ordinary article whole, and no list in a part of more than a thousand items', () => {
    fc.assert(
      fc.property(article, (parsed) => {
        const { head, parts } = splitOutcome({ ok: true, article: parsed })
        for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(PART_ITEMS)
        const large = [...parsed.roles.flatMap((role) => Object.values(role.sections))].some(
          (section) => Array.isArray(section) && section.length > PART_ITEMS,
        )
        if (!large && Object.values(parsed.sharedSections).every((s) => s.length <= PART_ITEMS)) {
          expect(parts).toEqual([])
          expect(head).toEqual({ ok: true, article: parsed })
        }
      }),
      { numRuns: 25 },
    )
  })

  // The largest article's answer (25,000 items) was copied onto main in one turn: 13 to 19 ms.
  it('takes in a part a step, so a timer due after the first part runs before the last', async () => {
    const items = Array.from({ length: 20 * PART_ITEMS }, (_, n) => ({
      text: `item ${n}`,
      entities: [],
    }))
    const parsed = fc.sample(article, { numRuns: 1, seed: 1 })[0] as ParsedArticle
    parsed.roles[0].sections.responsibilities = items
    const { head, parts } = splitOutcome({ ok: true, article: parsed })
    expect(parts.length).toBeGreaterThanOrEqual(20)
    const channel = new MessageChannel()
    for (const part of parts) channel.port1.postMessage(part)
    if (!head.ok) throw new Error('the head is an article')
    const taken = head.article.roles[0].sections.responsibilities
    const seen: string[] = []
    const steps = receivePartsSteps(head.article, channel.port2, parts.length)
    function* watched() {
      for (;;) {
        const next = steps.next()
        if (next.done) return next.value
        if (taken.length === PART_ITEMS) setTimeout(() => seen.push('timer'), 0)
        seen.push(`${taken.length} taken in`)
        yield
      }
    }
    let clock = 0
    const whole = await runInTurns(watched(), { sliceMs: 0, now: () => (clock += 1) })
    expect(whole).toBe(true)
    expect(taken).toEqual(items)
    expect(seen.indexOf('timer')).toBeGreaterThan(0)
    expect(seen.indexOf('timer')).toBeLessThan(seen.indexOf(`${items.length} taken in`))
    channel.port1.close()
  })

  it('says so when a part is missing or is not one', () => {
    const channel = new MessageChannel()
    channel.port1.postMessage({ role: 0, section: 'skills', items: [] })
    channel.port1.postMessage({ nonsense: true })
    const parsed = fc.sample(article, { numRuns: 1, seed: 2 })[0] as ParsedArticle
    expect(runAll(receivePartsSteps(parsed, channel.port2, 2))).toBe(false)
    const empty = new MessageChannel()
    expect(runAll(receivePartsSteps(parsed, empty.port2, 1))).toBe(false)
    channel.port1.close()
    empty.port1.close()
  })
})
