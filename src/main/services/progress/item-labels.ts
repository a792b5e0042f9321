import type { Entity } from '../../../shared/domain/entity'
import { parseKey } from '../../../shared/domain/progress'
import type { ProgressKey } from '../../../shared/domain/progress/types'
import type { Db } from '../../store/schema'

/**
 * What to call a key in the activity timeline: its label in a plan (one not deleted
 * first), else the entity's name for a skill or the tip's text for a tip, else the key itself.
 */
export function itemLabels(
  db: Readonly<Db>,
  entities: ReadonlyMap<string, Entity>,
): (key: ProgressKey) => string {
  const labels = new Map<ProgressKey, string>()
  const shownFirst = [...db.plans].sort(
    (a, b) => Number(a.deletedAt !== undefined) - Number(b.deletedAt !== undefined),
  )
  for (const plan of shownFirst) {
    for (const item of plan.items) if (!labels.has(item.key)) labels.set(item.key, item.label)
  }
  const tipTexts = new Map<string, string>()
  for (const role of db.roles) {
    for (const tip of role.sections.tips) if (!tipTexts.has(tip.id)) tipTexts.set(tip.id, tip.text)
  }
  return (key) => {
    const { kind, id } = parseKey(key)
    const fromCatalog = kind === 'skill' ? entities.get(id)?.name : tipTexts.get(id)
    return labels.get(key) ?? (kind === 'custom' ? undefined : fromCatalog) ?? key
  }
}
