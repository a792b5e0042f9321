/**
 * The bench's data: a store file at the scale the issue asks for (300 roles, 10,000 plan
 * items in 50 plans, 50,000 progress events, 20 saved comparisons), valid against DbSchema and
 * the same for the same seed. The built-in roles are the catalog's own, so starting the app on
 * it merges nothing; the rest are imported and user roles made up from the taxonomy.
 */
import type { Catalog } from '../../src/shared/domain/catalog'
import { groupOf } from '../../src/shared/domain/compare/types'
import type { Entity, Taxonomy } from '../../src/shared/domain/entity'
import {
  PLAN_ITEMS_MAX,
  EMPTY_PROGRESS,
  progressStatuses,
  type ActivityEvent,
  type Plan,
  type PlanItem,
  type ProgressKey,
  type ProgressRecord,
  type ProgressState,
} from '../../src/shared/domain/progress/types'
import type { ArticleRef, Provenance, Role, RoleItem } from '../../src/shared/domain/role'
import type { SavedComparison } from '../../src/shared/domain/saved-comparison'
import { CURRENT_SCHEMA_VERSION, type Db } from '../../src/main/store/schema'
import { Random } from './random'
import { customKey, parseKey, skillKey, tipKey } from '../../src/shared/domain/progress/keys'

export interface Scale {
  roles: number
  plans: number
  planItems: number
  events: number
  comparisons: number
}

/** The scale every figure is measured at. */
export const FULL_SCALE: Scale = {
  roles: 300,
  plans: 50,
  planItems: 10_000,
  events: 50_000,
  comparisons: 20,
}

/** Events start here and are a few minutes apart, so the log spans months of use. */
const FIRST_EVENT_AT = Date.parse('2025-01-06T08:00:00.000Z')

const FIELDS = ['Retail', 'Clinical', 'Supply Chain', 'Marketing', 'Risk', 'Energy', 'Media']
const FOCUS = ['Data', 'Analytics', 'Machine Learning', 'AI', 'Platform', 'Insights', 'MLOps']
const TITLES = ['Engineer', 'Analyst', 'Scientist', 'Manager', 'Architect', 'Specialist', 'Lead']
const VERBS = ['Design', 'Maintain', 'Review', 'Explain', 'Automate', 'Measure', 'Document']
const OBJECTS = [
  'the pipelines that feed weekly reports',
  'models that forecast demand',
  'dashboards for the operations team',
  'data quality checks before each release',
  'experiments that compare two designs',
  'the cost of running training jobs',
]
const NOTES = [
  'Worked through the first two chapters; exercises next.',
  'Pairing with a colleague on this on Thursdays.',
  '**Done** the course project, see the link.',
  'Revisit after the certification exam.',
]

interface Pools {
  learnable: Entity[]
  industries: Entity[]
}

function poolsOf(taxonomy: Taxonomy): Pools {
  return {
    learnable: taxonomy.entities.filter((entity) =>
      ['skills', 'tools'].includes(groupOf(entity.kind) ?? ''),
    ),
    industries: taxonomy.entities.filter((entity) => groupOf(entity.kind) === 'industries'),
  }
}

function sentence(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(OBJECTS)}.`
}

function roleItems(
  random: Random,
  prefix: string,
  count: number,
  provenance: Provenance,
  entities: readonly Entity[],
  text: (entity: Entity | undefined) => string,
): RoleItem[] {
  return Array.from({ length: count }, (_, i) => {
    const linked = entities.length > 0 && random.chance(0.8) ? random.pick(entities) : undefined
    return {
      id: `${prefix}-${i + 1}`,
      text: text(linked),
      entityIds: linked ? [linked.id] : [],
      provenance,
    }
  })
}

function generatedRole(random: Random, n: number, pools: Pools, article: ArticleRef | null): Role {
  const name = `${random.pick(FIELDS)} ${random.pick(FOCUS)} ${random.pick(TITLES)} ${n}`
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const provenance: Provenance = article
    ? { origin: 'import', articleIds: [article.id] }
    : { origin: 'user', articleIds: [] }
  const skills = pools.learnable.filter((entity) => groupOf(entity.kind) === 'skills')
  const tools = pools.learnable.filter((entity) => groupOf(entity.kind) === 'tools')
  const plain = (): string => sentence(random)
  return {
    id,
    name,
    aliases: random.chance(0.3) ? [`${random.pick(FOCUS)} ${random.pick(TITLES)} ${n}`] : [],
    summary: `Works with ${random.pick(OBJECTS)} and ${random.pick(OBJECTS)}.`,
    origin: article ? 'imported' : 'user',
    sections: {
      responsibilities: roleItems(random, 'resp', random.int(4, 7), provenance, [], plain),
      skills: roleItems(random, 'skill', random.int(4, 8), provenance, skills, (entity) =>
        entity ? `Working knowledge of ${entity.name}.` : plain(),
      ),
      education: roleItems(random, 'edu', random.int(1, 3), provenance, [], plain),
      tools: roleItems(random, 'tool', random.int(3, 6), provenance, tools, (entity) =>
        entity ? `${entity.name} day to day.` : plain(),
      ),
      industries: roleItems(
        random,
        'industry',
        random.int(2, 5),
        provenance,
        pools.industries,
        (entity) => entity?.name ?? 'Public sector',
      ),
      // Tip ids are progress keys shared across roles, so each role's tips are its own.
      tips: roleItems(random, `${id}-tip`, random.int(3, 6), provenance, [], plain),
    },
    outlook: {
      statements: roleItems(random, 'outlook', random.int(0, 2), provenance, [], plain),
      figures: random.chance(0.5)
        ? [
            {
              id: 'salary',
              kind: 'salary',
              label: `Average pay, ${name}`,
              value: random.int(60, 180) * 1000,
              unit: 'usd-per-year',
              period: 'as reported in 2024',
              source: 'A salary survey',
              provenance,
            },
          ]
        : [],
    },
  }
}

function generatedArticle(random: Random, n: number): ArticleRef {
  const month = String(random.int(1, 12)).padStart(2, '0')
  return {
    id: `imported-article-${n}`,
    title: `${random.pick(FOCUS)} ${random.pick(TITLES)} vs. ${random.pick(FOCUS)} ${random.pick(TITLES)}`,
    published: `2024-${month}-15`,
  }
}

/** The item a plan holds for a catalog key, labelled and grouped as the app labels it. */
function catalogItem(random: Random, pools: Pools, roles: readonly Role[]): PlanItem {
  if (random.chance(0.3)) {
    const entity = random.pick(pools.learnable)
    const group = groupOf(entity.kind) === 'tools' ? 'tools' : 'skills'
    return { key: skillKey(entity.id), label: entity.name, group }
  }
  const tip = random.pick(random.pick(roles).sections.tips)
  return { key: tipKey(tip.id), label: tip.text, group: 'tips' }
}

/** Sizes of the plans: the first at the app's limit (the worst case), the rest sharing the remainder. */
function planSizes(scale: Scale): number[] {
  const largest = Math.min(PLAN_ITEMS_MAX, scale.planItems)
  const others = scale.plans - 1
  const rest = scale.planItems - largest
  return [
    largest,
    ...Array.from(
      { length: others },
      (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0),
    ),
  ]
}

function generatedPlans(
  random: Random,
  scale: Scale,
  pools: Pools,
  roles: readonly Role[],
): Plan[] {
  return planSizes(scale).map((size, n) => {
    const items: PlanItem[] = []
    const held = new Set<ProgressKey>()
    while (items.length < size) {
      const item = random.chance(0.3)
        ? ({ key: customKey(random.uuid()), label: sentence(random), group: 'custom' } as const)
        : catalogItem(random, pools, roles)
      if (held.has(item.key)) continue
      held.add(item.key)
      items.push(item)
    }
    const at = new Date(FIRST_EVENT_AT + n * 3_600_000).toISOString()
    return {
      id: random.uuid(),
      title: `Plan ${n + 1}: ${random.pick(FOCUS)} ${random.pick(TITLES)}`,
      source: { kind: 'empty' },
      items,
      archived: n % 10 === 9,
      createdAt: at,
      updatedAt: at,
    }
  })
}

/** A change a user could make to `before`: a new status, sometimes a level, notes or a link. */
function nextState(random: Random, key: ProgressKey, before: ProgressState): ProgressState {
  const status = random.pick(progressStatuses.filter((candidate) => candidate !== before.status))
  return {
    status,
    level: parseKey(key).kind === 'skill' && random.chance(0.5) ? random.int(0, 4) : before.level,
    notes: random.chance(0.05) ? random.pick(NOTES) : before.notes,
    links:
      random.chance(0.02) && before.links.length < 3
        ? [...before.links, { url: `https://example.com/course/${random.int(1, 999)}`, label: '' }]
        : before.links,
  }
}

/** The activity log and the records replaying it gives, over keys the plans hold. */
function generatedProgress(
  random: Random,
  scale: Scale,
  plans: readonly Plan[],
): { activity: ActivityEvent[]; progress: ProgressRecord[] } {
  const keys = [...new Set(plans.flatMap((plan) => plan.items.map((i) => i.key)))]
  const current = new Map<ProgressKey, ProgressRecord>()
  const activity: ActivityEvent[] = []
  let batchId = random.uuid()
  for (let i = 0; i < scale.events; i++) {
    const key = random.pick(keys)
    const record = current.get(key)
    const before = record
      ? { status: record.status, level: record.level, notes: record.notes, links: record.links }
      : EMPTY_PROGRESS
    const after = nextState(random, key, before)
    const at = new Date(FIRST_EVENT_AT + i * 5 * 60_000).toISOString()
    // Most changes are single edits; now and then a few share a batch, as a reset's do.
    if (random.chance(0.9)) batchId = random.uuid()
    activity.push({ id: random.uuid(), at, key, before, after, cause: 'edit', batchId })
    current.set(key, { key, ...after, updatedAt: at })
  }
  return { activity, progress: [...current.values()] }
}

function generatedComparisons(
  random: Random,
  scale: Scale,
  roles: readonly Role[],
): SavedComparison[] {
  return Array.from({ length: scale.comparisons }, (_, n) => {
    const compared = random.sample(roles, random.int(2, 4))
    const at = new Date(FIRST_EVENT_AT + n * 86_400_000).toISOString()
    return {
      id: random.uuid(),
      title: `Shortlist ${n + 1}`,
      roleIds: compared.map((role) => role.id),
      roleNames: compared.map((role) => role.name),
      notes: random.chance(0.5) ? sentence(random) : '',
      tags: random.sample(['shortlist', 'remote', 'next year', 'stretch'], random.int(0, 2)),
      createdAt: at,
      updatedAt: at,
    }
  })
}

/** A full store file for `seed` at `scale`, starting from the shipped catalog and taxonomy. */
export function generateDb(
  seed: number,
  catalog: Catalog,
  taxonomy: Taxonomy,
  scale = FULL_SCALE,
): Db {
  const random = new Random(seed)
  const pools = poolsOf(taxonomy)
  const builtIn = catalog.roles.slice(0, scale.roles)
  const ownCount = scale.roles - builtIn.length
  const articles: ArticleRef[] = []
  const own = Array.from({ length: ownCount }, (_, i) => {
    // Half of the roles beyond the catalog come from imported articles, two per article.
    if (i % 2 === 1) return generatedRole(random, i + 1, pools, null)
    if (i % 4 === 0) articles.push(generatedArticle(random, articles.length + 1))
    return generatedRole(random, i + 1, pools, articles.at(-1) ?? null)
  })
  const roles = [...builtIn, ...own]
  const plans = generatedPlans(random, scale, pools, roles)
  const { activity, progress } = generatedProgress(random, scale, plans)
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    catalogVersion: catalog.version,
    roles,
    articles,
    comparisons: generatedComparisons(random, scale, roles),
    progress,
    activity,
    plans,
    settings: {},
  }
}
