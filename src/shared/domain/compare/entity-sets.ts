import type { Entity } from '../entity'
import type { EntityLabel } from '../library'
import type { Role } from '../role'
import { sectionKeys } from '../sections'
import { groupOf } from './types'

/**
 * The taxonomy entities a role's six list sections link, by id. Outlook statements do not
 * count: they describe the job market, not what the role needs. Ids the taxonomy does not
 * know (a stale import, say) are left out rather than shown as raw ids.
 */
export function linkedEntities(
  role: Role,
  entities: ReadonlyMap<string, Entity>,
): Map<string, Entity> {
  const linked = new Map<string, Entity>()
  for (const key of sectionKeys) {
    for (const item of role.sections[key]) {
      for (const id of item.entityIds) {
        const entity = entities.get(id)
        // A site to learn or network on is mentioned, not compared (see `groupOf`).
        if (entity && groupOf(entity.kind)) linked.set(id, entity)
      }
    }
  }
  return linked
}

/** The fields of an entity the renderer shows. */
export function entityLabel(entity: Entity): EntityLabel {
  return { id: entity.id, name: entity.name, kind: entity.kind }
}

/** The labels of the known entities among `ids`, by id: what a screen needs to name them. */
export function entityLabels(
  ids: Iterable<string>,
  entities: ReadonlyMap<string, Entity>,
): Record<string, EntityLabel> {
  const labels: Record<string, EntityLabel> = {}
  for (const id of ids) {
    const entity = entities.get(id)
    if (entity) labels[id] = entityLabel(entity)
  }
  return labels
}

/** Alphabetical by name; the id breaks ties so that order never depends on input order. */
export function byName(a: EntityLabel, b: EntityLabel): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
