import { groupOf, type Transition } from '../compare/types'
import type { Entity } from '../entity'
import type { EntityLabel } from '../library'
import type { Role, RoleItem } from '../role'
import { skillKey, tipKey } from './keys'
import {
  PLAN_TITLE_MAX,
  ITEM_LABEL_MAX,
  type PlanItem,
  type PlanSource,
  type ProgressKey,
} from './types'

/** Catalog text as an item label: trimmed and cut to the longest label a plan keeps. */
function label(text: string): string {
  return text.trim().slice(0, ITEM_LABEL_MAX)
}

function tipItems(tips: readonly RoleItem[]): PlanItem[] {
  return tips.map((tip) => ({ key: tipKey(tip.id), label: label(tip.text), group: 'tips' }))
}

/**
 * Skill and tool items for some entities, skills first, each group in the given order. An
 * entity is a tool when its kind is tool, framework or platform (the comparison's grouping) and
 * a skill otherwise; industries are not something to learn and are left out.
 */
function entityItems(entities: Iterable<EntityLabel>): PlanItem[] {
  const skills: PlanItem[] = []
  const tools: PlanItem[] = []
  for (const entity of entities) {
    const group = groupOf(entity.kind)
    if (group === undefined || group === 'industries') continue
    const item: PlanItem = { key: skillKey(entity.id), label: label(entity.name), group }
    ;(group === 'skills' ? skills : tools).push(item)
  }
  return [...skills, ...tools]
}

/** The first item for each key, in order. */
function uniqueByKey(items: readonly PlanItem[]): PlanItem[] {
  const byKey = new Map<ProgressKey, PlanItem>()
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item)
  return [...byKey.values()]
}

/**
 * The most skills and tools a plan made from a role holds. An O*NET role ranks its skills by
 * importance and lists its hot and in-demand tools first, up to 40, so the first 20 skills and
 * 15 tools are the ones that matter most; a longer plan is one nobody finishes. Every seed role
 * fits within these (at most 18 skills and 15 tools), so their plans are unchanged.
 */
export const PLAN_LIMITS = { skills: 20, tools: 15 } as const

/**
 * The entities a role's skills and tools sections link, in order of first mention, leaving out
 * general abilities (O*NET's Critical Thinking, Active Listening…), which every job needs and
 * no plan teaches, and stopping at {@link PLAN_LIMITS} per group.
 */
function skillAndToolEntities(role: Role, entities: ReadonlyMap<string, Entity>): Entity[] {
  const linked = new Map<string, Entity>()
  const taken = { skills: 0, tools: 0, industries: 0 }
  const limit = { ...PLAN_LIMITS, industries: 0 }
  for (const item of [...role.sections.skills, ...role.sections.tools]) {
    if (item.generic) continue
    for (const id of item.entityIds) {
      const entity = entities.get(id)
      if (!entity || linked.has(id)) continue
      const group = groupOf(entity.kind)
      // A learning or career site (a `resource`) is mentioned, never planned.
      if (!group || taken[group] >= limit[group]) continue
      taken[group]++
      linked.set(id, entity)
    }
  }
  return [...linked.values()]
}

/**
 * A plan for one role: its practical tips (`tip:<item id>`, labelled with the tip's text),
 * then the skills and then the tools its skills and tools sections link (`skill:<entity id>`,
 * labelled with the entity's name), each entity once, in order of first mention, general
 * abilities left out and at most {@link PLAN_LIMITS} of each. Entities the taxonomy does not
 * know are left out.
 */
export function itemsForRole(role: Role, entities: ReadonlyMap<string, Entity>): PlanItem[] {
  return uniqueByKey([
    ...tipItems(role.sections.tips),
    ...entityItems(skillAndToolEntities(role, entities)),
  ])
}

/**
 * A plan for moving from one role to another: the target's tips, then the skills and then
 * the tools the target needs that the current role lacks (alphabetical, as the transition
 * lists them). Industries are left out.
 */
export function itemsForTransition(transition: Transition): PlanItem[] {
  const { skills, tools } = transition.needed
  return uniqueByKey([...tipItems(transition.tips), ...entityItems([...skills, ...tools])])
}

/**
 * The title a new plan gets until the user renames it, from the role names by id (a role
 * missing from `names` shows as its id).
 */
export function defaultPlanTitle(source: PlanSource, names: ReadonlyMap<string, string>): string {
  const name = (id: string): string => names.get(id) ?? id
  const title =
    source.kind === 'role'
      ? `${name(source.roleId)} plan`
      : source.kind === 'transition'
        ? `From ${name(source.fromId)} to ${name(source.toId)}`
        : 'My plan'
  return title.slice(0, PLAN_TITLE_MAX)
}
