import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import catalogJson from '../../../../resources/catalog/catalog.json'
import taxonomyJson from '../../../../resources/catalog/taxonomy.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { transitionBetween } from '@shared/domain/compare/transition'
import { groupOf } from '@shared/domain/compare/types'
import { TaxonomySchema } from '@shared/domain/entity'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { entitiesById } from '@shared/domain/entity'
import {
  defaultPlanTitle,
  itemsForRole,
  itemsForTransition,
  PLAN_LIMITS,
} from '@shared/domain/progress/plan-builders'
import { parseKey } from '@shared/domain/progress/keys'
import { PlanItemSchema, planGroups, type PlanItem } from '@shared/domain/progress/types'
import type { Role } from '@shared/domain/role'
import { entityMap, roleArb } from '../compare/compare-fixtures'
import { testRole } from '../fixtures'

const catalog = CatalogSchema.parse(catalogJson)
const taxonomy = TaxonomySchema.parse(taxonomyJson)
const entities = new Map(taxonomy.entities.map((entity) => [entity.id, entity]))
const roleById = (id: string): Role => {
  const role = catalog.roles.find((candidate) => candidate.id === id)
  if (!role) throw new Error(`no role ${id}`)
  return role
}
const keys = (items: readonly PlanItem[]): string[] => items.map((item) => item.key)

/** Items come tips, then skills, then tools, with no key twice. */
function expectWellFormed(items: readonly PlanItem[]): void {
  const ranks = items.map((item) => planGroups.indexOf(item.group))
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  expect(new Set(keys(items)).size).toBe(items.length)
  for (const item of items) expect(PlanItemSchema.parse(item)).toEqual(item)
}

const analyst = testRole('analyst', 'Data Analyst', {
  skills: [
    ['SQL and statistics on Google Cloud', ['sql', 'statistics', 'google-cloud']],
    ['SQL again, and an unknown id', ['sql', 'not-in-taxonomy']],
  ],
  tools: [['Tableau, R and Finance data', ['tableau', 'r', 'finance']]],
  education: [['Communication classes', ['communication']]],
  industries: [['Retail', ['retail']]],
  tips: [
    ['  Build a portfolio  ', []],
    ['Network', []],
  ],
})

describe('itemsForRole', () => {
  it('lists tips, then skills, then tools from the skills and tools sections', () => {
    expect(itemsForRole(analyst, entityMap)).toEqual([
      { key: 'tip:tips-0', label: 'Build a portfolio', group: 'tips' },
      { key: 'tip:tips-1', label: 'Network', group: 'tips' },
      { key: 'skill:sql', label: 'SQL', group: 'skills' },
      { key: 'skill:statistics', label: 'Statistics', group: 'skills' },
      { key: 'skill:r', label: 'R', group: 'skills' },
      { key: 'skill:google-cloud', label: 'Google Cloud', group: 'tools' },
      { key: 'skill:tableau', label: 'Tableau', group: 'tools' },
    ])
  })

  it('cuts a label to the longest a plan keeps', () => {
    const wordy = testRole('wordy', 'Wordy', { tips: [['x'.repeat(600), []]] })
    expect(itemsForRole(wordy, entityMap)[0]?.label).toHaveLength(500)
  })

  it('is empty for a role with no tips, skills or tools', () => {
    expect(itemsForRole(testRole('empty', 'Empty', {}), entityMap)).toEqual([])
  })
})

describe('itemsForTransition', () => {
  it('lists the target tips, then the needed skills and tools, without industries', () => {
    const engineer = testRole('engineer', 'ML Engineer', {
      skills: [['SQL, statistics and communication', ['sql', 'statistics', 'communication']]],
      tools: [['scikit-learn on Google Cloud', ['scikit-learn', 'google-cloud']]],
      industries: [['Finance', ['finance']]],
      tips: [['Build a portfolio', []]],
    })
    const from = testRole('from', 'From', { skills: [['SQL', ['sql']]] })
    expect(itemsForTransition(transitionBetween(from, engineer, entityMap))).toEqual([
      { key: 'tip:tips-0', label: 'Build a portfolio', group: 'tips' },
      { key: 'skill:communication', label: 'Communication', group: 'skills' },
      { key: 'skill:statistics', label: 'Statistics', group: 'skills' },
      { key: 'skill:google-cloud', label: 'Google Cloud', group: 'tools' },
      { key: 'skill:scikit-learn', label: 'scikit-learn', group: 'tools' },
    ])
  })
})

describe('defaultPlanTitle', () => {
  const names = new Map([
    ['ai-programmer', 'AI Programmer'],
    ['data-manager', 'Data Manager'],
  ])

  it('names the role or the move, or makes a plain title', () => {
    expect(defaultPlanTitle({ kind: 'role', roleId: 'ai-programmer' }, names)).toBe(
      'AI Programmer plan',
    )
    expect(
      defaultPlanTitle(
        { kind: 'transition', fromId: 'data-manager', toId: 'ai-programmer' },
        names,
      ),
    ).toBe('From Data Manager to AI Programmer')
    expect(defaultPlanTitle({ kind: 'empty' }, names)).toBe('My plan')
  })

  it('falls back to the id for a role it has no name for', () => {
    expect(defaultPlanTitle({ kind: 'role', roleId: 'gone' }, names)).toBe('gone plan')
  })
})

describe('plans from the built-in catalog', () => {
  const aiProgrammer = roleById('ai-programmer')
  const aiItems = itemsForRole(aiProgrammer, entities)

  it("puts AI Programmer's tips first, then Python among its skills", () => {
    const tips = aiProgrammer.sections.tips
    expect(aiItems.slice(0, tips.length)).toEqual(
      tips.map((tip) => ({ key: `tip:${tip.id}`, label: tip.text, group: 'tips' })),
    )
    expect(aiItems).toContainEqual({ key: 'skill:python', label: 'Python', group: 'skills' })
    expect(aiItems.find((item) => item.key === 'skill:tensorflow')?.group).toBe('tools')
  })

  it('shares skill:python between AI Programmer and Machine Learning Engineer', () => {
    const mlItems = itemsForRole(roleById('machine-learning-engineer'), entities)
    expect(keys(aiItems)).toContain('skill:python')
    expect(keys(mlItems)).toContain('skill:python')
  })

  it('gives several roles the same tip:build-portfolio key', () => {
    const holding = catalog.roles.filter((role) =>
      keys(itemsForRole(role, entities)).includes('tip:build-portfolio'),
    )
    expect(holding.length).toBeGreaterThanOrEqual(3)
  })

  it('makes well-formed plans for every role and every move between roles', () => {
    for (const role of catalog.roles) {
      const items = itemsForRole(role, entities)
      expectWellFormed(items)
      expect(items.filter((item) => item.group === 'tips')).toHaveLength(role.sections.tips.length)
      for (const target of catalog.roles) {
        if (target !== role)
          expectWellFormed(itemsForTransition(transitionBetween(role, target, entities)))
      }
    }
  })

  it('asks a Data Manager moving to AI Programmer for Python but not for what they have', () => {
    const move = itemsForTransition(
      transitionBetween(roleById('data-manager'), aiProgrammer, entities),
    )
    expect(keys(move)).toContain('skill:python')
    expect(keys(move)).not.toContain('skill:problem-solving')
    expect(move[0]?.group).toBe('tips')
  })
})

describe('plans from O*NET roles', () => {
  const bundled = loadBundledCatalog()
  const allEntities = entitiesById(bundled.taxonomy)
  const onetRoles = bundled.catalog.roles.filter((role) => role.kind === 'occupation')

  it('stay short: tips, at most 20 skills and 15 tools, hot tools first, no general abilities', () => {
    expect(PLAN_LIMITS).toEqual({ skills: 20, tools: 15 })
    for (const role of onetRoles) {
      const items = itemsForRole(role, allEntities)
      const count = (group: string): number => items.filter((item) => item.group === group).length
      expect(count('skills'), role.id).toBeLessThanOrEqual(20)
      expect(count('tools'), role.id).toBeLessThanOrEqual(15)
      expect(items.length, role.id).toBeLessThanOrEqual(20 + 15 + role.sections.tips.length)
      expect(keys(items), role.id).not.toContain('skill:critical-thinking')
    }
    const scientist = onetRoles.find((role) => role.id === 'data-scientist') as Role
    const plan = itemsForRole(scientist, allEntities)
    const labels = (group: string): string[] =>
      plan.filter((item) => item.group === group).map((item) => item.label)
    // Languages count as skills; the hot and in-demand tools come before the rest of the 40.
    expect(labels('skills')).toEqual(expect.arrayContaining(['Python', 'SQL', 'R']))
    expect(labels('tools')).toHaveLength(15)
    expect(labels('tools')).toEqual(expect.arrayContaining(['Tableau', 'Git', 'Docker']))
  })

  it('leave a seed role’s plan as it was', () => {
    for (const role of bundled.catalog.roles.filter((r) => r.kind === 'seed')) {
      const linked = new Set(
        [...role.sections.skills, ...role.sections.tools]
          .flatMap((item) => item.entityIds)
          .filter((id) => allEntities.has(id) && allEntities.get(id)?.kind !== 'industry'),
      )
      const entityItems = itemsForRole(role, allEntities).filter((item) => item.group !== 'tips')
      expect(entityItems.length, role.id).toBe(linked.size)
    }
  })
})

describe('plan builder properties', () => {
  it('holds the role tips and exactly its known skill and tool entities, grouped by kind', () => {
    fc.assert(
      fc.property(roleArb('role'), (role) => {
        const items = itemsForRole(role, entityMap)
        expectWellFormed(items)
        const linked = new Set(
          [...role.sections.skills, ...role.sections.tools]
            .flatMap((item) => item.entityIds)
            .filter((id) => entityMap.has(id) && entityMap.get(id)?.kind !== 'industry'),
        )
        const entityItems = items.filter((item) => item.group !== 'tips')
        expect(new Set(entityItems.map((item) => parseKey(item.key).id))).toEqual(linked)
        for (const item of entityItems) {
          const kind = entityMap.get(parseKey(item.key).id)?.kind
          expect(kind && groupOf(kind)).toBe(item.group)
        }
      }),
    )
  })
})
