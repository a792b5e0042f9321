import { defaultCompareView, type CompareViewKind } from './grid-rows'

/** The most roles a comparison holds (main says the same in its input schema). */
export const MAX_COLUMNS = 4

/** A button in a column's header: move left, move right, remove. */
type ColumnControl = 'left' | 'right' | 'remove'

/** Where focus goes once the screen shows the result of an action. */
export type FocusTarget =
  | { roleId: string; control: ColumnControl }
  /** The role picker: what is left to do once a column has gone and too few remain. */
  | { control: 'picker' }
  /** The button that opens the details form ("Save comparison" or "Edit details"). */
  | { control: 'details' }
  /** The switch between the grid and the full text. */
  | { control: 'view' }

/** The value of the `data-control` attribute the target's element carries. */
export function controlKey(target: FocusTarget): string {
  return 'roleId' in target ? `${target.control}:${target.roleId}` : target.control
}

/** What the compare screen asks of its route: the columns, and the view chosen, if any. */
export interface CompareRouteState {
  roleIds: readonly string[]
  view?: CompareViewKind | undefined
}

/**
 * The compare screen's own state, kept apart from the DOM: the open form, the view shown and
 * where focus goes after each action, so that focus never falls back to the page when the
 * control that had it is redrawn or gone.
 */
export class CompareScreen {
  /** True while the save / edit details form is open. */
  editing = $state(false)
  /** The control to focus once the screen has drawn the change just made. */
  focusNext = $state<FocusTarget | undefined>()

  /** The view shown: the one the user chose, or the grid for three or four roles. */
  viewOf(route: CompareRouteState): CompareViewKind {
    return route.view ?? defaultCompareView(route.roleIds.length)
  }

  openForm(): void {
    this.editing = true
  }

  /** Closes the form (saved, cancelled or escaped); focus goes back to the button that opened it. */
  closeForm(): void {
    this.editing = false
    this.focusNext = { control: 'details' }
  }

  /**
   * The columns with the one at `index` moved one place; focus stays on the button pressed,
   * or on the other arrow when the column has reached the end and the pressed one is disabled.
   */
  move(roleIds: readonly string[], index: number, offset: -1 | 1): string[] {
    const ids = [...roleIds]
    const [moved] = ids.splice(index, 1)
    if (moved === undefined) return ids
    const to = Math.min(Math.max(index + offset, 0), ids.length)
    ids.splice(to, 0, moved)
    const atEnd = offset === -1 ? to === 0 : to === ids.length - 1
    const pressed: ColumnControl = offset === -1 ? 'left' : 'right'
    const other: ColumnControl = offset === -1 ? 'right' : 'left'
    this.focusNext = { roleId: moved, control: atEnd ? other : pressed }
    return ids
  }

  /**
   * The columns without the one at `index`; focus goes to the remove button of the column that
   * takes its place (or the last one), or to the role picker when fewer than two remain.
   */
  remove(roleIds: readonly string[], index: number): string[] {
    const ids = roleIds.filter((_, i) => i !== index)
    const next = ids[Math.min(index, ids.length - 1)]
    this.focusNext =
      ids.length < 2 || next === undefined
        ? { control: 'picker' }
        : { roleId: next, control: 'remove' }
    return ids
  }

  /**
   * Opens `roleIds` from a button the comparison replaces (the empty screen's, or the one for a
   * link with too many roles); focus goes to the first action on the comparison.
   */
  open(roleIds: readonly string[]): string[] {
    this.focusNext = { control: 'details' }
    return [...roleIds]
  }

  /** Switches to `view` from a control that the switch removes; focus goes to the switch. */
  switchedFrom(): void {
    this.focusNext = { control: 'view' }
  }

  /**
   * The columns with `roleId` added at the end; focus stays in the picker for the next one,
   * or goes to the new column's remove button once the comparison is full and the picker gone.
   */
  add(roleIds: readonly string[], roleId: string): string[] {
    const ids = [...roleIds, roleId]
    this.focusNext =
      ids.length >= MAX_COLUMNS ? { roleId, control: 'remove' } : { control: 'picker' }
    return ids
  }

  /** The focus target still to be focused, taken once. */
  takeFocus(): FocusTarget | undefined {
    const target = this.focusNext
    this.focusNext = undefined
    return target
  }
}
