import { groupOf, type Transition } from '../compare/types'
import type { Entity } from '../entity'
import type { EntityLabel } from '../library'
import type { Role, RoleItem } from '../role'
import { skillKey, tipKey } from './keys'
import {
  CHECKLIST_TITLE_MAX,
  ITEM_LABEL_MAX,
  type ChecklistItem,
  type ChecklistSource,
  type ProgressKey,
} from './types'

/** Catalog text as an item label: trimmed and cut to the longest label a checklist keeps. */
function label(text: string): string {
  return text.trim().slice(0, ITEM_LABEL_MAX)
}

function tipItems(tips: readonly RoleItem[]): ChecklistItem[] {
  return tips.map((tip) => ({ key: tipKey(tip.id), label: label(tip.text), group: 'tips' }))
}

/**
 * Skill and tool items for some entities, skills first, each group in the given order. An
 * entity is a tool when its kind is tool, framework or platform (the comparison's grouping) and
 * a skill otherwise; industries are not something to learn and are left out.
 */
function entityItems(entities: Iterable<EntityLabel>): ChecklistItem[] {
  const skills: ChecklistItem[] = []
  const tools: ChecklistItem[] = []
  for (const entity of entities) {
    const group = groupOf(entity.kind)
    if (group === undefined || group === 'industries') continue
    const item: ChecklistItem = { key: skillKey(entity.id), label: label(entity.name), group }
    ;(group === 'skills' ? skills : tools).push(item)
  }
  return [...skills, ...tools]
}

/** The first item for each key, in order. */
function uniqueByKey(items: readonly ChecklistItem[]): ChecklistItem[] {
  const byKey = new Map<ProgressKey, ChecklistItem>()
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item)
  return [...byKey.values()]
}

/** The entities a role's skills and tools sections link, in order of first mention. */
function skillAndToolEntities(role: Role, entities: ReadonlyMap<string, Entity>): Entity[] {
  const linked = new Map<string, Entity>()
  for (const item of [...role.sections.skills, ...role.sections.tools]) {
    for (const id of item.entityIds) {
      const entity = entities.get(id)
      if (entity && !linked.has(id)) linked.set(id, entity)
    }
  }
  return [...linked.values()]
}

/**
 * A checklist for one role: its practical tips (`tip:<item id>`, labelled with the tip's text),
 * then the skills and then the tools its skills and tools sections link (`skill:<entity id>`,
 * labelled with the entity's name), each entity once, in order of first mention. Entities the
 * taxonomy does not know are left out.
 */
export function itemsForRole(role: Role, entities: ReadonlyMap<string, Entity>): ChecklistItem[] {
  return uniqueByKey([
    ...tipItems(role.sections.tips),
    ...entityItems(skillAndToolEntities(role, entities)),
  ])
}

/**
 * A checklist for moving from one role to another: the target's tips, then the skills and then
 * the tools the target needs that the current role lacks (alphabetical, as the transition
 * lists them). Industries are left out.
 */
export function itemsForTransition(transition: Transition): ChecklistItem[] {
  const { skills, tools } = transition.needed
  return uniqueByKey([...tipItems(transition.tips), ...entityItems([...skills, ...tools])])
}

/**
 * The title a new checklist gets until the user renames it, from the role names by id (a role
 * missing from `names` shows as its id).
 */
export function defaultChecklistTitle(
  source: ChecklistSource,
  names: ReadonlyMap<string, string>,
): string {
  const name = (id: string): string => names.get(id) ?? id
  const title =
    source.kind === 'role'
      ? `${name(source.roleId)} plan`
      : source.kind === 'transition'
        ? `From ${name(source.fromId)} to ${name(source.toId)}`
        : 'My plan'
  return title.slice(0, CHECKLIST_TITLE_MAX)
}
