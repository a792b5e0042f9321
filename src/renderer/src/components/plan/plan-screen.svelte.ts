import { untrack } from 'svelte'
import { sameState } from '@shared/domain/progress/same-state'
import type {
  PlanGroup,
  ProgressKey,
  ProgressState,
  ProgressStatus,
} from '@shared/domain/progress/types'
import type { PlanItemDetail, PlanDetail } from '@shared/domain/progress/views'
import { errorMessage, type Client } from '../../lib/api'
import type { Route } from '../../lib/route'
import { AsyncResource } from '../../lib/state/async-resource.svelte'
import type { Toasts } from '../../lib/state/toasts.svelte'
import { soonAfterPaint } from '../../lib/soon-after-paint'
import { moved, NO_MOVES, withMoves, type StatusMoves } from './status-moves'

/** What the plan screen needs from the app: main, the notifications, and a way to leave. */
export interface PlanScreenDeps {
  client: Pick<Client, 'plans' | 'progress'>
  toasts: Pick<Toasts, 'show' | 'offerUndo'>
  navigate: (route: Route) => void
}

/** A change to one item's progress, as main takes it. */
type ProgressChange = Parameters<PlanScreenDeps['client']['progress']['set']>[0]

/** One drawn row of a group: its item, and whether it ends the whole group (for its moves). */
export interface PlanRow {
  item: PlanItemDetail
  isFirst: boolean
  isLast: boolean
}

/** What one item shows until main's plan is fetched again: a tick's state, or main's. */
class ShownCell {
  state = $state.raw<ProgressState | undefined>(undefined)
}

const emptyGroups = (): Record<PlanGroup, PlanItemDetail[]> => ({
  tips: [],
  skills: [],
  tools: [],
  custom: [],
})

/**
 * The state and actions of one plan's screen: the plan main holds, ticks shown before main
 * answers (optimistic), and every change with its undo. It holds no DOM, so it is tested
 * without one; the view draws it and moves focus.
 */
export class PlanScreen {
  readonly plan = new AsyncResource<PlanDetail>()
  /** The day shown, or undefined for today; the past is read-only. */
  asOf = $state<string | undefined>(undefined)
  // What ticks show until main's plan is fetched again: one reactive cell per item the screen
  // has drawn, so a tick redraws its own row and the counts only. (A SvelteMap would not do:
  // its `get` of a key it lacks, and its `set` of a key another row reads, wake every reader,
  // so each tick re-ran all drawn rows, up to 2,000 with "Show more".) The map itself is
  // never read reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #cells = new Map<ProgressKey, ShownCell>()
  // The items with a tick shown, each with the status main's plan holds for it (undefined when
  // that plan no longer lists it); its own version says when it grew. Kept beside each tick
  // rather than looked up in a map of the whole plan: that map, made by the first tick, cost it
  // more than the rest of its work.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #ticked = new Map<ProgressKey, ProgressStatus | undefined>()
  #tickedVersion = $state(0)
  // What the ticks shown move in the counts, kept up as each is shown: a tick changes the counts
  // in a few additions. Going over every ticked item instead made each tick cost more the more
  // items had been ticked since the plan was fetched (and read every ticked item's cell).
  #moves = $state.raw<StatusMoves>(NO_MOVES)
  // The newest tick of each item that main has not answered yet: bookkeeping the screen never
  // reads, so a plain map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #unanswered = new Map<ProgressKey, ProgressState>()

  constructor(
    /** Kept here, not read from the view's props: an undo may run after the view is gone. */
    readonly id: string,
    private readonly deps: PlanScreenDeps,
  ) {}

  /** The plan, once main has sent this plan (not another one's, from a slow earlier answer). */
  readonly view = $derived.by(() => (this.plan.value?.id === this.id ? this.plan.value : undefined))
  readonly readOnly = $derived(this.asOf !== undefined)

  /** The counts with the ticks main has not sent back yet. */
  readonly counts = $derived.by(() => {
    const view = this.view
    return view && withMoves(view.counts, this.#moves)
  })

  /** The items of each group, in plan order: one pass over the plan per change. */
  readonly itemsByGroup = $derived.by(() => {
    const groups = emptyGroups()
    for (const item of this.view?.items ?? []) groups[item.group].push(item)
    return groups
  })

  /**
   * The first `count` items of `group`, each with its place at an end of the whole group
   * worked out here, in one pass: plain values, so a row keeps no derived value of its own for
   * them (with up to 80 rows drawn at first, those held a sizeable share of the page's memory).
   *
   * It also makes each row's cell (see {@link asShown}), here in the drawing of the list, not
   * in the row's own: Svelte does not track state read by the very reaction that made it, so a
   * cell made by its row's first drawing would not wake that row on its first tick.
   */
  rowsOf(group: PlanGroup, count: number): PlanRow[] {
    const items = this.itemsByGroup[group]
    return items.slice(0, count).map((item, index) => {
      this.#cell(item.key)
      return { item, isFirst: index === 0, isLast: index === items.length - 1 }
    })
  }

  /** Shows the plan as it was at the end of `asOf` (or today), fetching it from main. */
  open(asOf: string | undefined): Promise<void> {
    this.asOf = asOf
    return this.load()
  }

  /** Fetches the plan again; a failed fetch leaves what is shown as it was. */
  async load(): Promise<void> {
    const before = untrack(() => this.plan.value)
    const asOf = untrack(() => this.asOf)
    await this.plan.load(() =>
      this.deps.client.plans.get(asOf ? { id: this.id, asOf } : { id: this.id }),
    )
    if (untrack(() => this.plan.value) === before) return
    // The plan fetched is what main holds, except ticks it is still saving; the past shows
    // no tick at all.
    for (const key of [...this.#ticked.keys()]) {
      if (asOf !== undefined || !this.#unanswered.has(key)) this.#showMain(key)
    }
    if (this.#ticked.size === 0) return
    // A tick still shown is counted from what main's plan holds now.
    for (const key of this.#ticked.keys()) this.#ticked.set(key, undefined)
    for (const item of untrack(() => this.view)?.items ?? []) {
      if (this.#ticked.has(item.key)) this.#ticked.set(item.key, item.state.status)
    }
    let moves = NO_MOVES
    for (const [key, from] of this.#ticked) {
      const to = this.#cells.get(key)?.state?.status
      if (from && to) moves = moved(moves, from, to)
    }
    this.#moves = moves
    this.#tickedVersion += 1
  }

  /**
   * `item` as the screen shows it: with the state of a tick main has not sent back yet. A row
   * drawn from {@link rowsOf} reads only its own cell, so it is drawn again when its own item
   * is ticked, and no other row is, the first tick after the plan opens included.
   */
  asShown(item: PlanItemDetail): PlanItemDetail {
    let cell = this.#cells.get(item.key)
    if (!cell) {
      cell = this.#cell(item.key)
      // Made by the very drawing that reads it, which Svelte does not track: a drawing of an
      // item that rowsOf did not list follows every newly ticked item instead, until its next.
      void this.#tickedVersion
    }
    const state = cell.state
    return state ? { ...item, state } : item
  }

  /** The cell of `key`, made on first use: a row's first read makes it, a tick then sets it. */
  #cell(key: ProgressKey): ShownCell {
    let cell = this.#cells.get(key)
    if (!cell) {
      cell = new ShownCell()
      this.#cells.set(key, cell)
    }
    return cell
  }

  /**
   * Shows `state` for `item` until main's plan is fetched again. The counts take `item`'s own
   * state as main's, so it is the plan's item, not one as shown.
   */
  #show(item: PlanItemDetail, state: ProgressState): void {
    if (!this.#ticked.has(item.key)) {
      this.#ticked.set(item.key, item.state.status)
      this.#tickedVersion += 1
    }
    const cell = this.#cell(item.key)
    this.#move(item.key, cell.state?.status, state.status)
    cell.state = state
  }

  /** Shows main's state for `key` again. */
  #showMain(key: ProgressKey): void {
    const cell = this.#cell(key)
    this.#move(key, cell.state?.status, this.#ticked.get(key))
    cell.state = undefined
    this.#ticked.delete(key)
  }

  /**
   * Counts ticked item `key` as shown in `to` rather than `from` (either undefined for main's
   * own status); an item main's plan no longer lists is not counted.
   */
  #move(key: ProgressKey, from: ProgressStatus | undefined, to: ProgressStatus | undefined): void {
    const main = this.#ticked.get(key)
    if (main === undefined) return
    const moves = untrack(() => this.#moves)
    this.#moves = moved(moves, from ?? main, to ?? main)
  }

  /** Runs a change, shows its error if it fails, and reloads what main now holds. */
  async #act(change: () => Promise<unknown>): Promise<boolean> {
    let ok = true
    try {
      await change()
    } catch (error) {
      ok = false
      this.deps.toasts.show(errorMessage(error))
    }
    await this.load()
    return ok
  }

  /**
   * Shows the change at once, then what main saved. Only this item changes, so its shown
   * state is set here rather than the plan fetched again: with 2,000 items a re-fetch would
   * redraw every row for one click. On an error the plan is fetched again to show the truth.
   * The change is sent once the frame showing it is painted (see {@link #save}).
   */
  async setProgress(item: PlanItemDetail, patch: Partial<ProgressState>): Promise<void> {
    const shown = { ...(this.#cells.get(item.key)?.state ?? item.state), ...patch }
    this.#show(item, shown)
    this.#unanswered.set(item.key, shown)
    const newest = (): boolean => this.#unanswered.get(item.key) === shown
    try {
      const { value } = await this.#save({ key: item.key, ...patch })
      // A later tick of the same item, answered after this one, decides what its row shows.
      if (!newest()) return
      this.#unanswered.delete(item.key)
      const { status, level, notes, links } = value
      const saved = { status, level, notes, links }
      // Main almost always saves just what is shown: then only the time of the change is
      // new, which this screen does not show, so the row is not drawn a second time.
      if (this.asOf === undefined && !sameState(saved, shown)) this.#show(item, saved)
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
      if (newest()) {
        this.#unanswered.delete(item.key)
        this.#showMain(item.key)
      }
      await this.load()
    }
  }

  /**
   * Sends `change` to main just after the next paint (lib/soon-after-paint.ts). Sent inside
   * the click, copying it across the bridge held up the frame that shows the tick: about 1.5 ms
   * of script at 4× CPU throttling through the bench's bridge, a quarter of the tick's own
   * script. The tick is shown either way, and ticks reach main in the order they were made.
   */
  #save(change: ProgressChange): ReturnType<PlanScreenDeps['client']['progress']['set']> {
    return new Promise((resolve, reject) => {
      soonAfterPaint(() => void this.deps.client.progress.set(change).then(resolve, reject))
    })
  }

  /** Moves within the item's own group, so tips stay with tips. */
  async move(item: PlanItemDetail, offset: -1 | 1): Promise<boolean> {
    const group = this.itemsByGroup[item.group]
    const index = group.findIndex((candidate) => candidate.key === item.key)
    const neighbour = group[index + offset]
    if (!neighbour || !this.view) return false
    const toIndex = this.view.items.indexOf(neighbour)
    return this.#act(() => this.deps.client.plans.moveItem({ id: this.id, key: item.key, toIndex }))
  }

  /** Removes an item (its progress stays), with an undo that puts it back where it was. */
  remove(item: PlanItemDetail): Promise<boolean> {
    const index = this.view?.items.findIndex((candidate) => candidate.key === item.key) ?? 0
    const kept = { key: item.key, label: item.label, group: item.group }
    const { id } = this
    return this.#act(async () => {
      await this.deps.client.plans.removeItem({ id, key: item.key })
      // The undo is plain data: it may run after this screen has gone.
      this.deps.toasts.offerUndo(
        `Removed “${item.label}”. Its progress is kept.`,
        { kind: 'restore-plan-item', planId: id, item: kept, index: Math.max(0, index) },
        `Put “${item.label}” back.`,
      )
    })
  }

  /** Sets every item back to "to do", with an undo; says so when there was nothing to reset. */
  reset(): Promise<boolean> {
    return this.#act(async () => {
      const { batchId } = await this.deps.client.plans.reset({ id: this.id })
      // An empty batch means nothing had progress, so there is nothing to undo.
      if (!batchId) {
        this.deps.toasts.show('Nothing to reset: no item has progress yet.')
        return
      }
      this.deps.toasts.offerUndo(
        'Progress reset.',
        { kind: 'undo-progress', batchId },
        'Progress is back as it was before the reset.',
      )
    })
  }

  rename(title: string): Promise<boolean> {
    return this.#act(() => this.deps.client.plans.update({ id: this.id, title }))
  }

  /** Archives the plan, or brings it back when it is archived. */
  toggleArchived(): Promise<boolean> {
    const archived = !this.view?.archived
    return this.#act(() => this.deps.client.plans.update({ id: this.id, archived }))
  }

  addItem(label: string): Promise<boolean> {
    return this.#act(() => this.deps.client.plans.addItem({ id: this.id, label }))
  }

  editItem(item: PlanItemDetail, label: string): Promise<boolean> {
    return this.#act(() => this.deps.client.plans.editItem({ id: this.id, key: item.key, label }))
  }

  /**
   * Deletes the plan and goes to the list, with an undo that brings the plan back. The undo
   * is plain data carrying this plan's id, so it works after the screen is gone.
   */
  async delete(): Promise<void> {
    if (!this.view) return
    const { id } = this
    const { title } = this.view
    try {
      await this.deps.client.plans.delete({ id })
      this.deps.navigate({ name: 'plans', showArchived: false })
      this.deps.toasts.offerUndo(
        `Deleted “${title}”.`,
        { kind: 'restore-plan', id },
        `Brought back “${title}”; it is in Plans.`,
      )
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
  }
}
