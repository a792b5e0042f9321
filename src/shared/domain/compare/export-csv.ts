import { byName } from './entity-sets'
import { entityGroups, type ComparedEntity, type Comparison } from './types'

/** Spreadsheets run a cell starting with these as a formula, so such cells get a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 field, defused against formula injection. */
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

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
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
