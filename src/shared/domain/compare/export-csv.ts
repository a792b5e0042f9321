import { csvText } from '../csv'
import { byName } from './entity-sets'
import { entityGroups, type ComparedEntity, type Comparison } from './types'

const groupRank = (entity: ComparedEntity): number => entityGroups.indexOf(entity.group)

/**
 * The comparison's entity matrix as CSV (RFC 4180, CRLF line ends): one row per entity,
 * grouped then alphabetical, saying which roles link it ("yes") and how widely it is shared.
 */
export function entityMatrixToCsv(comparison: Comparison): string {
  const roles = comparison.columns.map((column) => column.role)
  const header = ['Entity', 'Kind', 'Group', 'Shared by', ...roles.map((role) => role.name)]
  const rows = Object.values(comparison.entities)
    .sort((a, b) => groupRank(a) - groupRank(b) || byName(a, b))
    .map((entity) => [
      entity.name,
      entity.kind,
      entity.group,
      entity.share,
      ...roles.map((role) => (entity.roleIds.includes(role.id) ? 'yes' : '')),
    ])
  return csvText([header, ...rows])
}
