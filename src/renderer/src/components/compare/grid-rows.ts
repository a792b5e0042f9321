import {
  entityGroups,
  type ComparedEntity,
  type Comparison,
  type EntityGroup,
  type ShareStatus,
  type ToolFlags,
} from '@shared/domain/compare/types'

/** One cell of a row: whether that column's role links the entity, and the word read out. */
interface GridCell {
  marked: boolean
  word: 'Yes' | 'No'
}

/**
 * One entity of the grid: its row header and, per column, whether that role links it. Made
 * once per entity and drawn as it is: the grid keys its rows and cells by these objects, so
 * none of them needs reactive state of its own.
 */
interface GridRow {
  entity: ComparedEntity
  /** What screen readers hear for a flagged tool's "hot" chip; empty when it shows none. */
  flagWords: string
  /** One per column, in column order. */
  cells: readonly GridCell[]
}

/** The rows of one family (skills, tools, industries), in the order the grid shows them. */
export interface GridGroup {
  group: EntityGroup
  rows: GridRow[]
  /** Rows "Differences only" left out of this group. */
  hidden: number
  /**
   * How many of `rows` show before the user asks for the rest: all of them, except for tools
   * (see {@link TOOLS_SHOWN}); the grid offers the others behind a "Show N more tools" button.
   */
  shown: number
}

/**
 * How many tool rows the grid shows before "Show N more tools". Twelve: the typical O*NET or
 * market role of the catalog lists 11 tools both hot and in demand (the median over its 47
 * such roles), so one role's leading tools fit, and a four-role comparison — up to 160 tools —
 * still shows the industries below within a screen or so. The first rows are those tools, then
 * the other flagged ones, then the rest; roles without flags (seed and user roles) fall to the
 * ordinary order, by how widely the roles share a tool.
 */
export const TOOLS_SHOWN = 12

/** O*NET's flags of a tool in words, for screen readers and the chip's tooltip. */
export function flagWords(flags: ToolFlags): string {
  return flags.hotAndInDemand
    ? 'hot technology and in demand'
    : [flags.hot && 'hot technology', flags.inDemand && 'in demand'].filter(Boolean).join(', ')
}

// Rows by entity and columns: "Differences only" gives the grid back the same row objects,
// which it keeps, rather than new ones to redraw. The columns are part of the key because a
// caller may reuse an entity object with the columns in another order.
const rowCache = new WeakMap<ComparedEntity, { columns: string; row: GridRow }>()

function rowOf(entity: ComparedEntity, roleIds: readonly string[]): GridRow {
  const columns = roleIds.join()
  const cached = rowCache.get(entity)
  if (cached?.columns === columns) return cached.row
  const row: GridRow = {
    entity,
    flagWords: entity.hot ? flagWords(entity) : '',
    cells: roleIds.map((id) => {
      const marked = entity.roleIds.includes(id)
      return { marked, word: marked ? 'Yes' : 'No' }
    }),
  }
  rowCache.set(entity, { columns, row })
  return row
}

/** Hot and in demand for one role first, then hot or in demand, then unflagged. */
function flagRank(entity: ComparedEntity): number {
  if (entity.hotAndInDemand) return 0
  return entity.hot || entity.inDemand ? 1 : 2
}

const shareRank: Record<ShareStatus, number> = { all: 0, some: 1, only: 2 }

/**
 * The skills × roles matrix the CSV export writes, shaped for reading at a glance: within each
 * family, what every role shares comes first, then what several share (the widest first), then
 * what one role alone needs, in column order, so each role's own rows sit together. Tools are
 * first ranked by O*NET's flags (see {@link TOOLS_SHOWN}) and only the first dozen shown. Main
 * sends the entities grouped and alphabetical; the sort is stable, so names stay alphabetical
 * within each band. "Differences only" leaves out what every role shares.
 */
export function gridGroups(comparison: Comparison, differencesOnly: boolean): GridGroup[] {
  const roleIds = comparison.columns.map((column) => column.role.id)
  const firstHolder = (entity: ComparedEntity): number =>
    roleIds.findIndex((id) => entity.roleIds.includes(id))
  const byGroup = new Map<EntityGroup, ComparedEntity[]>(entityGroups.map((group) => [group, []]))
  for (const entity of Object.values(comparison.entities)) byGroup.get(entity.group)?.push(entity)
  return entityGroups.map((group) => {
    const all = (byGroup.get(group) ?? []).sort(
      (a, b) =>
        (group === 'tools' ? flagRank(a) - flagRank(b) : 0) ||
        shareRank[a.share] - shareRank[b.share] ||
        b.roleIds.length - a.roleIds.length ||
        (a.share === 'only' ? firstHolder(a) - firstHolder(b) : 0),
    )
    const shown = differencesOnly ? all.filter((entity) => entity.share !== 'all') : all
    return {
      group,
      rows: shown.map((entity) => rowOf(entity, roleIds)),
      hidden: all.length - shown.length,
      shown: group === 'tools' ? Math.min(shown.length, TOOLS_SHOWN) : shown.length,
    }
  })
}

/** The view a comparison of `columnCount` roles opens in when the link names none. */
export function defaultCompareView(columnCount: number): CompareViewKind {
  return columnCount >= 3 ? 'grid' : 'text'
}

/** The two ways to read a comparison: the skills × roles grid, or every section in full. */
export type CompareViewKind = 'grid' | 'text'
