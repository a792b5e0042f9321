import { groupOf } from '../../../shared/domain/compare/types'
import type { Entity } from '../../../shared/domain/entity'
import { parseKey } from '../../../shared/domain/progress'
import {
  ITEM_LABEL_MAX,
  type PlanItem,
  type ProgressKey,
} from '../../../shared/domain/progress/types'
import { AppError } from '../../../shared/ipc/result'
import type { Db } from '../../store/schema'

/**
 * The plan item for a catalog key, as a plan made from a role would hold it: a
 * `skill:` key labelled with the entity's name, under skills or tools by its kind, a `tip:` key
 * labelled with the tip's text (its first role's wording). `not-found` for a key that names
 * nothing; `invalid-input` for an industry or an item the user wrote, which have no catalog
 * item.
 */
export function itemForKey(
  key: ProgressKey,
  db: Readonly<Db>,
  entities: ReadonlyMap<string, Entity>,
): PlanItem {
  const { kind, id } = parseKey(key)
  const label = (text: string): string => text.trim().slice(0, ITEM_LABEL_MAX)
  if (kind === 'skill') {
    const entity = entities.get(id)
    if (!entity) throw new AppError('not-found', `There is no skill or tool with the id "${id}".`)
    const group = groupOf(entity.kind)
    if (group === undefined || group === 'industries') {
      const what = group ? 'an industry' : 'a site to learn or network on'
      throw new AppError('invalid-input', `${entity.name} is ${what}, not something to learn.`)
    }
    return { key, label: label(entity.name), group }
  }
  if (kind === 'tip') {
    for (const role of db.roles) {
      const tip = role.sections.tips.find((candidate) => candidate.id === id)
      if (tip) return { key, label: label(tip.text), group: 'tips' }
    }
    throw new AppError('not-found', `There is no practical tip with the id "${id}".`)
  }
  throw new AppError('invalid-input', 'Only skills, tools and tips can be added by key.')
}
