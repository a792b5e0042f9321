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

/** One family (skills, tools, industries): its entities in the order the grid shows them. */
export interface GridGroup {
  group: EntityGroup
  /**
   * The family's entities, in grid order. Their rows are made as they are drawn
   * ({@link gridRows}): a four-role comparison lists up to a few hundred entities, and its
   * first screen shows a few of them.
   */
  entities: ComparedEntity[]
  /** Entities "Differences only" left out of this group. */
  hidden: number
  /**
   * How many of `entities` show before the user asks for the rest: all of them, except for
   * tools (see {@link TOOLS_SHOWN}); the grid offers the others behind a "Show N more tools"
   * button.
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

/**
 * The least room above the grid's first row on an opened comparison, in CSS pixels: the
 * header, the title, the toolbar, the overlap summary and the grid's column names. Measured
 * in Chromium at 800 × 600 to 2560 × 1440 with two to four roles, saved or not: 654 px at the
 * least (three roles, unsaved, a wide window), 738 px for a saved four-role comparison at
 * 1280 × 860, 890 px and more at 800 × 600.
 */
const GRID_TOP_PX = 650
/** The least height of a grid row, in CSS pixels: 30.25 px for a name on one line. */
const ROW_PX = 30

/**
 * How many of a newly opened grid's rows can be in a window `windowHeight` CSS pixels tall:
 * the rows its first paint draws, the rest following just after. Counted generously (the
 * least room above the grid, the least row height), so the first paint never leaves a gap at
 * the bottom of the window: 7 rows at 860 px where 5 to 7 show, 15 at 1080 px where up to 14
 * show, none at 600 px where the grid starts below the window.
 */
export function rowsInView(windowHeight: number): number {
  return Math.max(0, Math.ceil((windowHeight - GRID_TOP_PX) / ROW_PX))
}

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

/**
 * The rows of `entities` (a group's, or the first of them) for the columns `roleIds`. Made
 * once per entity and columns: "Differences only", "Show more" and the rows drawn after the
 * first paint give the grid back the row objects it already holds, which it keeps.
 */
export function gridRows(
  entities: readonly ComparedEntity[],
  roleIds: readonly string[],
): GridRow[] {
  return entities.map((entity) => rowOf(entity, roleIds))
}

/** Hot and in demand for one role first, then hot or in demand, then unflagged. */
function flagRank(entity: ComparedEntity): number {
  if (entity.hotAndInDemand) return 0
  return entity.hot || entity.inDemand ? 1 : 2
}

const shareRank: Record<ShareStatus, number> = { all: 0, some: 1, only: 2 }

/**
 * Where an entity goes in its group, as one number to sort by, smallest first: the flag band
 * (tools only), then how widely it is shared, then how many roles hold it (most first), then,
 * for what one role alone needs, that role's column. Worked out once per entity rather than
 * in every comparison of the sort, which made opening a comparison of a few hundred entities
 * pay for the same look-ups many times over.
 */
function orderOf(entity: ComparedEntity, roleIds: readonly string[]): number {
  const flag = entity.group === 'tools' ? flagRank(entity) : 0
  const column =
    entity.share === 'only' ? roleIds.findIndex((id) => entity.roleIds.includes(id)) + 1 : 0
  // Each part takes two digits: a comparison has at most four columns.
  const widest = 99 - entity.roleIds.length
  return ((flag * 100 + shareRank[entity.share]) * 100 + widest) * 100 + column
}

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
  const byGroup = new Map<EntityGroup, { entity: ComparedEntity; order: number }[]>(
    entityGroups.map((group) => [group, []]),
  )
  for (const entity of Object.values(comparison.entities)) {
    byGroup.get(entity.group)?.push({ entity, order: orderOf(entity, roleIds) })
  }
  return entityGroups.map((group) => {
    const all = (byGroup.get(group) ?? [])
      .sort((a, b) => a.order - b.order)
      .map(({ entity }) => entity)
    const shown = differencesOnly ? all.filter((entity) => entity.share !== 'all') : all
    return {
      group,
      entities: shown,
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
