import {
  entityGroups,
  type ComparedEntity,
  type Comparison,
  type EntityGroup,
  type ShareStatus,
} from '@shared/domain/compare/types'

/** One entity of the grid: its row header and, per column, whether that role links it. */
interface GridRow {
  entity: ComparedEntity
  /** One per column, in column order. */
  marks: boolean[]
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
      rows: shown.map((entity) => ({
        entity,
        marks: roleIds.map((id) => entity.roleIds.includes(id)),
      })),
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
