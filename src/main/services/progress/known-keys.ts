import type { Entity } from '../../../shared/domain/entity'
import { parseKey } from '../../../shared/domain/progress'
import type { ProgressKey } from '../../../shared/domain/progress/types'
import { AppError } from '../../../shared/ipc/result'
import type { Db } from '../../store/schema'

/**
 * Refuses, with `not-found`, a key that names nothing the user can see: a `skill:` key must
 * name a taxonomy entity, a `tip:` key a practical tip of some role in the library, and a
 * `custom:` key an item of a plan that is not deleted.
 */
export function assertKnownKey(
  key: ProgressKey,
  db: Readonly<Db>,
  entities: ReadonlyMap<string, Entity>,
): void {
  const { kind, id } = parseKey(key)
  if (kind === 'skill') {
    if (!entities.has(id)) {
      throw new AppError('not-found', `There is no skill or tool with the id "${id}".`)
    }
  } else if (kind === 'tip') {
    if (!db.roles.some((role) => role.sections.tips.some((tip) => tip.id === id))) {
      throw new AppError('not-found', `There is no practical tip with the id "${id}".`)
    }
  } else if (
    !db.plans.some(
      (plan) => plan.deletedAt === undefined && plan.items.some((item) => item.key === key),
    )
  ) {
    throw new AppError('not-found', `There is no plan item with the key "${key}".`)
  }
}
