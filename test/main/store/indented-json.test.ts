import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runAll } from '@shared/domain/article-import/steps'
import { indented, textSteps } from '../../../src/main/store/indented-json'

/** The text `textSteps` makes of `value`, and how many steps it took. */
function stepped(value: unknown, indent: string): { text: string; steps: number } {
  const parts: string[] = []
  let steps = 0
  const counted = function* () {
    for (const step of textSteps(value, indent, parts)) {
      steps++
      yield step
    }
  }
  runAll(counted())
  return { text: parts.join(''), steps }
}

describe('the store’s indented JSON', () => {
  it('is the same text whether written whole or a member a step', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('', '  ', '    '), (value, indent) => {
        expect(stepped(value, indent).text).toBe(indented(value, indent))
      }),
      { numRuns: 300 },
    )
  })

  it('writes what JSON.stringify leaves out or turns to null as it does', () => {
    const date = new Date('2026-12-05T10:00:00.000Z')
    const value = { a: undefined, b: [undefined, () => 1], when: date, c: { toJSON: () => 'x' } }
    expect(stepped(value, '    ').text).toBe(indented(value, '    '))
    expect(indented(value, '')).toBe(JSON.stringify(value, null, 2))
  })

  it('takes a step per member, so a large list is never written in one', () => {
    const list = Array.from({ length: 1_000 }, (_, index) => ({ index }))
    expect(stepped(list, '').steps).toBeGreaterThanOrEqual(1_000)
  })
})
