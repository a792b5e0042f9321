import { describe, expect, it } from 'vitest'
import { numberSources } from '../../../src/renderer/src/lib/sources'
import type { Role, RoleItem } from '@shared/domain/role'

function item(
  id: string,
  origin: RoleItem['provenance']['origin'],
  articleIds: string[],
): RoleItem {
  return { id, text: id, entityIds: [], provenance: { origin, articleIds } }
}

const role: Role = {
  id: 'r',
  name: 'R',
  aliases: [],
  summary: 'R.',
  origin: 'builtin',
  sections: {
    responsibilities: [item('a', 'catalog', ['seed'])],
    skills: [item('b', 'import', ['mine']), item('c', 'catalog', ['seed', 'mine'])],
    education: [],
    tools: [],
    industries: [],
    tips: [],
  },
  outlook: { statements: [], figures: [] },
}

describe('numberSources', () => {
  it('numbers articles by first appearance and marks the ones the user imported', () => {
    const sources = numberSources(role, {
      seed: { id: 'seed', title: 'Seed article' },
      mine: { id: 'mine', title: 'My article' },
    })
    expect([...sources.values()].map((s) => [s.number, s.article.title, s.imported])).toEqual([
      [1, 'Seed article', false],
      [2, 'My article', true],
    ])
  })
})
