import { untrack } from 'svelte'
import type { Comparison } from '@shared/domain/compare/types'
import { defaultTitle } from '@shared/domain/comparison-fields'
import type { LibraryResult } from '@shared/domain/library'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { afterNextPaint } from '../../lib/after-paint'
import { errorMessage, type Client } from '../../lib/api'
import type { CompareAhead } from '../../lib/compare-ahead'
import type { Route } from '../../lib/route'
import { AsyncResource } from '../../lib/state/async-resource.svelte'
import type { Toasts } from '../../lib/state/toasts.svelte'
import type { ComparisonDetails } from './comparison-details'
import { MAX_COLUMNS } from './compare-screen.svelte'

/** The compare screen's route: its columns, switches and the saved comparison it shows. */
export type CompareRoute = Extract<Route, { name: 'compare' }>

/** What the compare screen's data needs from the app. */
export interface CompareDataDeps {
  client: Pick<Client, 'savedComparisons' | 'compare' | 'library'>
  toasts: Pick<Toasts, 'show'>
  /** What the link that opened this screen asked for on its way. */
  compareAhead: Pick<CompareAhead, 'compareRoles' | 'takeHandedOver'>
  /** Replaces the current route: column edits and saving should not fill the history. */
  replaceRoute: (route: CompareRoute) => void
  /** Runs work once the screen has painted; a test runs it when it chooses. */
  afterPaint?: (work: () => void) => () => void
  /**
   * Runs work once a comparison has been on its way for {@link SLOW_COMPARISON_MS}; returns
   * a function that cancels it. A test runs it when it chooses.
   */
  afterSlowWait?: (work: () => void) => () => void
}

/**
 * How long a comparison is on its way before the screen says "Comparing…". Main mostly answers
 * within a frame or two; drawing the text for that frame, then the table in its place, costs a
 * frame of its own and flickers. A fifth of a second is still well before a wait feels stuck.
 */
const SLOW_COMPARISON_MS = 200

function afterSlowWait(work: () => void): () => void {
  const timer = setTimeout(work, SLOW_COMPARISON_MS)
  return () => clearTimeout(timer)
}

/**
 * What the compare screen shows and asks of main, kept apart from the DOM: the comparison of
 * the route's roles, the saved comparison it came from, the library for the picker, and the
 * save and export actions. The route is read through a function, so everything here follows
 * it as the user edits the columns.
 */
export class CompareData {
  readonly comparison = new AsyncResource<Comparison>()
  readonly saved = new AsyncResource<SavedComparisonView>()
  readonly library = new AsyncResource<LibraryResult>()
  // The saved comparison handed over by the list, still to be asked of main: the list's copy
  // shows at once, and main is asked once the comparison is on screen, as the list may have
  // been saving a change to it when its link was followed.
  #askAgain = $state<string | undefined>()
  // True once nothing has been on screen for a while: see `slow`.
  #waitedLong = $state(false)
  // The saved comparison handed over by the link that opened the screen, taken as the screen is
  // set up, so that its first build already shows the title, notes and tags rather than
  // "Compare roles", redrawn a moment later in the same click. The effect that follows the
  // route takes it from here (see connect).
  #handedOver: SavedComparisonView | undefined

  constructor(
    private readonly route: () => CompareRoute,
    private readonly deps: CompareDataDeps,
  ) {
    const id = untrack(() => route().savedId)
    this.#handedOver = id === undefined ? undefined : deps.compareAhead.takeHandedOver(id)
    if (this.#handedOver) this.saved.value = this.#handedOver
  }

  /**
   * A link may name more roles than a comparison holds (typed or edited by hand); the screen
   * says so in words and offers the first four rather than passing main's refusal on.
   */
  readonly tooMany = $derived.by(() => this.route().roleIds.length > MAX_COLUMNS)
  /** Two to four roles: a comparison to show, save and export. */
  readonly comparable = $derived.by(() => this.route().roleIds.length >= 2 && !this.tooMany)

  /** The comparison of exactly the route's columns, once main has sent it. */
  readonly current = $derived.by(() => {
    const value = this.comparison.value
    const wanted = this.route().roleIds.join()
    return value && value.columns.map((c) => c.role.id).join() === wanted ? value : undefined
  })
  /**
   * The comparison drawn: while a changed set of columns is asked for, the last table stays on
   * screen, so the page does not jump and the control just pressed is not taken from under
   * the keyboard. Also in the tick between the route's change and the load it starts: showing
   * "Comparing…" there would build the grid anew and lose its state ("Show more tools").
   */
  readonly shown = $derived(this.current ?? (this.tooMany ? undefined : this.comparison.value))
  /**
   * True when the screen should say "Comparing…": no table to show, and main has not answered
   * within {@link SLOW_COMPARISON_MS}. Before that the table's place stays empty.
   */
  readonly slow = $derived(this.#waitedLong && this.shown === undefined)
  /** The table, its error or the picker: whatever the screen ends up showing is drawn. */
  readonly settled = $derived.by(
    () =>
      this.route().roleIds.length < 2 ||
      this.tooMany ||
      this.current !== undefined ||
      this.comparison.status === 'error',
  )
  /**
   * The whole library is only for the picker: a full comparison shows none, and otherwise it
   * waits for the table (or its error), so its answer does not hold up the one asked for.
   */
  readonly needsLibrary = $derived.by(
    () =>
      this.route().roleIds.length < 2 ||
      (this.route().roleIds.length < MAX_COLUMNS &&
        (this.current !== undefined || this.comparison.status === 'error')),
  )

  /** Role names by id, from the library and the comparison on screen. */
  // Rebuilt whole whenever either changes, never changed in place, so a plain map.
  readonly roleNames = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map([
      ...(this.library.value?.roles ?? []).map((role) => [role.id, role.name] as const),
      ...(this.current?.columns ?? []).map((column) => [column.role.id, column.role.name] as const),
    ]),
  )
  /** The library's roles not yet in the comparison: what the picker offers. */
  readonly addable = $derived.by(() =>
    (this.library.value?.roles ?? []).filter((role) => !this.route().roleIds.includes(role.id)),
  )
  /** The saved comparison shown, once its details are here (not another one's). */
  readonly savedView = $derived.by(() =>
    this.saved.value?.id === this.route().savedId ? this.saved.value : undefined,
  )
  /** Names of the saved comparison's roles that have left the library since it was saved. */
  readonly missingNames = $derived.by(() => {
    const view = this.savedView
    if (!view) return []
    return view.missingRoleIds.map((id) => view.roleNames[view.roleIds.indexOf(id)] ?? id)
  })
  /** True when the columns on screen differ from the saved comparison's. */
  readonly columnsChanged = $derived.by(() => {
    const view = this.savedView
    if (!view) return false
    const kept = view.roleIds.filter((id) => !view.missingRoleIds.includes(id))
    return kept.join() !== this.route().roleIds.join()
  })
  /** The title the save form offers: the saved one, or one made of the role names. */
  readonly title = $derived(this.savedView?.title ?? defaultTitle(this.#names()))

  /**
   * Asks main for what the route needs as it changes. Call it while the screen is set up (its
   * effects end with the screen), or inside `$effect.root` in a test.
   */
  connect(): void {
    $effect(() => {
      if (this.comparable) void this.loadComparison()
    })
    $effect(() => {
      // Each wait for a table starts its own count: one that came and went resets it.
      if (this.shown !== undefined || !this.comparable) {
        this.#waitedLong = false
        return
      }
      return (this.deps.afterSlowWait ?? afterSlowWait)(() => (this.#waitedLong = true))
    })
    $effect(() => {
      const id = this.route().savedId
      const handed = id === undefined ? undefined : this.#takeHandedOver(id)
      this.#askAgain = handed?.id
      if (handed) void this.saved.load(() => Promise.resolve(handed))
      else if (id !== undefined) void this.#askSaved(id)
    })
    $effect(() => {
      const id = this.#askAgain
      if (id === undefined || !this.settled) return
      return (this.deps.afterPaint ?? afterNextPaint)(() => {
        this.#askAgain = undefined
        void this.#askSaved(id)
      })
    })
    $effect(() => {
      if (this.needsLibrary && this.library.status === 'idle') {
        void this.library.load(() => this.deps.client.library.query({ text: '' }))
      }
    })
  }

  /** Asks for the comparison of the route's roles (again, after a failure). */
  loadComparison(): Promise<void> {
    const roleIds = this.route().roleIds
    return this.comparison.load(() => this.deps.compareAhead.compareRoles(roleIds))
  }

  /** Shows `roleIds` as the columns, in place of the current entry in the history. */
  setColumns(roleIds: string[]): void {
    this.deps.replaceRoute({ ...this.route(), roleIds })
  }

  /**
   * Saves the details: changes to the saved comparison shown, or a new saved comparison of
   * the columns, which the route then names. A failure throws, so the form can say why.
   */
  async saveDetails(details: ComparisonDetails): Promise<void> {
    const view = this.savedView
    if (view) {
      const updated = await this.deps.client.savedComparisons.update({ id: view.id, ...details })
      this.saved.value = updated
      this.deps.toasts.show(`Saved changes to “${updated.title}”.`)
    } else {
      const route = this.route()
      const created = await this.deps.client.savedComparisons.save({
        ...details,
        roleIds: [...route.roleIds],
      })
      this.deps.toasts.show(`Saved “${created.title}”.`)
      this.deps.replaceRoute({ ...route, savedId: created.id })
    }
  }

  /** Saves the columns on screen to the saved comparison shown. */
  async saveColumns(): Promise<void> {
    const view = this.savedView
    if (!view) return
    try {
      this.saved.value = await this.deps.client.savedComparisons.update({
        id: view.id,
        roleIds: [...this.route().roleIds],
      })
      this.deps.toasts.show(`Saved the new columns to “${view.title}”.`)
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
  }

  /** Exports the comparison on screen to a file the user picks; says where it went. */
  async exportAs(format: 'markdown' | 'csv'): Promise<void> {
    try {
      const result = await this.deps.client.compare.export({
        roleIds: [...this.route().roleIds],
        title: this.title,
        notes: this.savedView?.notes ?? '',
        format,
      })
      if (result.saved) this.deps.toasts.show(`Saved to ${result.path}.`)
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
  }

  #names(): string[] {
    return this.route().roleIds.map((id) => this.roleNames.get(id) ?? id)
  }

  /** The details of saved comparison `id` handed over by the link, taken once. */
  #takeHandedOver(id: string): SavedComparisonView | undefined {
    const taken = this.#handedOver
    this.#handedOver = undefined
    return taken?.id === id ? taken : this.deps.compareAhead.takeHandedOver(id)
  }

  #askSaved(id: string): Promise<void> {
    return this.saved.load(() => this.deps.client.savedComparisons.get({ id }))
  }
}
