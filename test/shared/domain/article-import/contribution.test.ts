import { describe, expect, it } from 'vitest'
import { contributionSteps, contributionsOf } from '@shared/domain/article-import/contribution'
import { parsedArticle, parsedItem, parsedRole } from './parsed-article'

describe('contributionSteps', () => {
  // Copying a section of 25,000 items, and making a set of a role's own, took 4 to 8 ms in
  // the first step of that section, one step of the slice that held main longest.
  it('reads a long section an item a step, not whole in its first step', () => {
    let reads = 0
    const items = Array.from({ length: 2_000 }, (_, n) => parsedItem(`Plan the work of team ${n}`))
    const counted = new Proxy(items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++
        return Reflect.get(target, property, receiver) as unknown
      },
    })
    const article = parsedArticle(parsedRole('A', { responsibilities: counted }), parsedRole('B'))
    const steps = contributionSteps(article, 'article-1', [])
    for (let step = 0; step < 10; step++) steps.next()
    expect(reads).toBeLessThanOrEqual(10)
  })

  it('tells a tip both roles share from a role’s own, giving the shared one one id in both', () => {
    const article = parsedArticle(
      parsedRole('A', { tips: [parsedItem('Keep notes')] }),
      parsedRole('B', { tips: [parsedItem('Keep notes')] }),
      { sharedSections: { tips: [parsedItem('Ship small changes')] } },
    )
    const [first, second] = contributionsOf(article, 'article-1', [])
    const ids = (tips: { id: string; text: string }[]) =>
      tips.map(({ id, text }) => `${text}=${id}`)
    const [ownA, sharedA] = ids(first.sections.tips)
    const [ownB, sharedB] = ids(second.sections.tips)
    expect(sharedA).toBe(sharedB)
    expect(ownA).not.toBe(ownB)
  })
})
