import { describe, expect, it } from 'vitest'
import { unionOfItems } from '@shared/domain/article-import/merge-items'
import type { RoleItem } from '@shared/domain/role'

const item = (id: string, text: string, articleIds: string[] = []): RoleItem => ({
  id,
  text,
  entityIds: [],
  provenance: { origin: 'import', articleIds },
})

describe('unionOfItems', () => {
  // A role holding an earlier import of the largest article has 25,000 items: indexed at
  // once, they held main some 50 ms in one step of the next import's merge.
  it('indexes a long existing list a few dozen items a step', () => {
    let reads = 0
    const existing = Array.from(
      { length: 2_000 },
      (_, n) =>
        new Proxy(item(`item-${n}`, `Plan the work of team ${n}`), {
          get(target, property, receiver) {
            if (property === 'text') reads++
            return Reflect.get(target, property, receiver) as unknown
          },
        }),
    )
    const steps = unionOfItems(existing, [], {}, { added: 0, duplicates: 0 })
    steps.next()
    expect(reads).toBeGreaterThan(0)
    expect(reads).toBeLessThanOrEqual(100)
  })

  it('still finds an incoming item among the existing ones, and keeps new ids unique', () => {
    const existing = Array.from({ length: 300 }, (_, n) =>
      item(`plan-${n}`, `Plan the work of team ${n}`, n === 7 ? ['article-1'] : []),
    )
    const incoming = [
      item('plan-7', 'Plan the work of team 7', ['article-1']),
      item('plan-7', 'Write the release notes', ['article-1']),
    ]
    const steps = unionOfItems(
      existing,
      incoming,
      { articleId: 'article-1' },
      {
        added: 0,
        duplicates: 0,
      },
    )
    let next = steps.next()
    while (!next.done) next = steps.next()
    expect(next.value.fates.map((fate) => fate.verdict)).toEqual(['same', 'new'])
    expect(next.value.items.at(-1)?.id).toBe('plan-7-2')
    expect(new Set(next.value.items.map((kept) => kept.id)).size).toBe(301)
  })
})
