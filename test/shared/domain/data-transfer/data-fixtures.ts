import fc from 'fast-check'
import type { UserData } from '@shared/domain/data-transfer'
import { recordsFromLog } from '@shared/domain/data-transfer/merge-log'
import type { Plan } from '@shared/domain/progress/types'
import type { ArticleRef, Role } from '@shared/domain/role'
import type { SavedComparison } from '@shared/domain/saved-comparison'
import { testRole } from '../fixtures'
import { changesArb, simulate, T0 } from '../progress/progress-fixtures'

export type Settings = {
  windowBounds?: { x: number; y: number; width: number; height: number; maximized: boolean }
}

/** The built-in roles the app under test ships. */
export const builtInRoles: Role[] = [
  testRole('data-manager', 'Data Manager', { skills: [['SQL', ['sql']]] }),
  testRole('ai-programmer', 'AI Programmer', { tips: [['Build a portfolio', []]] }),
]
export const libraryRoleIds = new Set(builtInRoles.map((role) => role.id))

const iso = (offsetMs: number): string => new Date(T0 + offsetMs).toISOString()
const DAY = 86_400_000

/** A role of the user's own (or imported) with the given id. */
export function ownRole(id: string, name = `Role ${id}`, origin: Role['origin'] = 'user'): Role {
  return { ...testRole(id, name, { skills: [['Python', ['python']]] }), origin }
}

export function article(id: string): ArticleRef {
  return { id, title: `Article ${id}`, published: '2024-01-05' }
}

export function comparison(
  id: string,
  roleIds: string[],
  fields: Partial<SavedComparison> = {},
): SavedComparison {
  return {
    id,
    title: `Comparison ${id}`,
    roleIds,
    roleNames: roleIds.map((roleId) => `Name of ${roleId}`),
    notes: '',
    tags: [],
    createdAt: iso(0),
    updatedAt: iso(0),
    ...fields,
  }
}

export function plan(id: string, fields: Partial<Plan> = {}): Plan {
  return {
    id,
    title: `Plan ${id}`,
    source: { kind: 'role', roleId: 'data-manager' },
    items: [{ key: 'custom:a1', label: 'Write a blog post', group: 'custom' }],
    archived: false,
    createdAt: iso(0),
    updatedAt: iso(0),
    ...fields,
  }
}

/** An empty profile: what a fresh install holds besides its built-in roles. */
/** What an import merges into a built-in role: new items, a credit on its own, an alias. */
export interface Contribution {
  skills: string[]
  tips: string[]
  creditsCatalogItem: boolean
  alias: string | null
}

// A merge always leaves the article cited somewhere in the role: as a new item, or as a
// credit on an item that was already there.
const contributionArb: fc.Arbitrary<Contribution> = fc
  .record({
    skills: fc.uniqueArray(fc.constantFrom('Data modelling', 'Stakeholder interviews', 'dbt'), {
      maxLength: 3,
    }),
    tips: fc.uniqueArray(fc.constantFrom('Shadow a data steward', 'Write a data contract'), {
      maxLength: 2,
    }),
    creditsCatalogItem: fc.boolean(),
    alias: fc.constantFrom(null, 'Head of Data', 'Data Lead'),
  })
  .map((contribution) =>
    contribution.skills.length + contribution.tips.length === 0
      ? { ...contribution, creditsCatalogItem: true }
      : contribution,
  )

/** The built-in role after merging `contribution` from article `articleId` into it. */
export function withContribution(role: Role, contribution: Contribution, articleId: string): Role {
  const imported = (text: string, at: number) => ({
    id: `imported-${at}-${text.toLowerCase().replace(/\W+/g, '-')}`,
    text,
    entityIds: [],
    provenance: { origin: 'import' as const, articleIds: [articleId] },
  })
  const credit = (item: Role['sections']['skills'][number]) =>
    contribution.creditsCatalogItem
      ? {
          ...item,
          provenance: {
            ...item.provenance,
            articleIds: [...item.provenance.articleIds, articleId],
          },
        }
      : item
  return {
    ...role,
    aliases: contribution.alias ? [...role.aliases, contribution.alias] : role.aliases,
    sections: {
      ...role.sections,
      skills: [...role.sections.skills.map(credit), ...contribution.skills.map(imported)],
      tips: [...role.sections.tips, ...contribution.tips.map(imported)],
    },
  }
}

export function emptyData(): UserData<Settings> {
  return {
    roles: structuredClone(builtInRoles),
    articles: [],
    comparisons: [],
    plans: [],
    progress: [],
    activity: [],
    settings: {},
  }
}

const ownRoleIds = ['analytics-translator', 'prompt-engineer', 'ml-ops-lead']

/**
 * Any data a user can have made: own and imported roles, articles, comparisons and plans
 * naming built-in and own roles, and an activity log with the progress replayed from it.
 * `prefix` keeps the ids of two generated profiles apart where they should not collide.
 */
export function userDataArb(prefix = ''): fc.Arbitrary<UserData<Settings>> {
  return fc
    .record({
      roleIds: fc.subarray(ownRoleIds),
      imported: fc.boolean(),
      articleCount: fc.integer({ min: 0, max: 3 }),
      comparisons: fc.array(
        fc.record({
          pair: fc.uniqueArray(fc.constantFrom(...ownRoleIds, ...libraryRoleIds), {
            minLength: 2,
            maxLength: 4,
          }),
          days: fc.integer({ min: 0, max: 60 }),
          notes: fc.constantFrom('', 'Closer than I thought', 'Ask *Sam* about it'),
          deleted: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      plans: fc.array(
        fc.record({ days: fc.integer({ min: 0, max: 60 }), archived: fc.boolean() }),
        { maxLength: 3 },
      ),
      changes: changesArb,
      maximized: fc.option(fc.boolean(), { nil: undefined }),
      // What the user merged from their first article into a built-in role, if anything.
      contribution: fc.option(contributionArb, { nil: undefined }),
    })
    .map((spec) => {
      const roles = spec.roleIds.map((id, index) =>
        ownRole(id, `Own ${index}`, spec.imported && index === 0 ? 'imported' : 'user'),
      )
      const known = new Set([...libraryRoleIds, ...spec.roleIds])
      const { log } = simulate(spec.changes)
      const activity = log.map((event) => ({ ...event, id: `${prefix}${event.id}` }))
      const articles = Array.from({ length: spec.articleCount }, (_, i) =>
        article(`${prefix}a${i}`),
      )
      const source = articles[0]
      const builtIn = structuredClone(builtInRoles).map((role) =>
        spec.contribution && source && role.id === 'data-manager'
          ? withContribution(role, spec.contribution, source.id)
          : role,
      )
      return {
        roles: [...builtIn, ...roles],
        articles,
        comparisons: spec.comparisons
          .filter((c) => c.pair.every((id) => known.has(id)))
          .map((c, i) =>
            comparison(`${prefix}c${i}`, c.pair, {
              notes: c.notes,
              updatedAt: iso(c.days * DAY),
              ...(c.deleted ? { deletedAt: iso(c.days * DAY + 1) } : {}),
            }),
          ),
        plans: spec.plans.map((c, i) =>
          plan(`${prefix}l${i}`, { archived: c.archived, updatedAt: iso(c.days * DAY) }),
        ),
        progress: recordsFromLog(activity, []),
        activity,
        settings:
          spec.maximized === undefined
            ? {}
            : { windowBounds: { x: 0, y: 0, width: 900, height: 700, maximized: spec.maximized } },
      }
    })
}
