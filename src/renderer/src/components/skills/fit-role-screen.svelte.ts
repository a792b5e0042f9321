import type { RoleFitDetail } from '@shared/domain/fit/types'
import type { PlanSummary } from '@shared/domain/progress/views'
import { errorMessage, type Client } from '../../lib/api'
import { routeHref } from '../../lib/route'
import { AsyncResource } from '../../lib/state/async-resource.svelte'
import type { Toasts } from '../../lib/state/toasts.svelte'

/** What the fit screen of one role needs from the app: main, the notifications, a way to a plan. */
export interface FitRoleScreenDeps {
  client: Pick<Client, 'fit' | 'plans'>
  toasts: Pick<Toasts, 'show'>
  /** Opens a plan: the "Open plan" action of the notification after gaps were added. */
  openPlan?: (id: string) => void
}

/** The plan choice that means "make a new plan of these gaps". */
export const NEW_PLAN = ''

/**
 * One role's fit screen, apart from the DOM: the fit in detail, the user's plans, and adding
 * the gaps to one of them (or to a new plan) without adding any item twice.
 */
export class FitRoleScreen {
  readonly detail = new AsyncResource<RoleFitDetail>()
  readonly plans = new AsyncResource<PlanSummary[]>()
  /** The plan the gaps go to: an id, or {@link NEW_PLAN}. */
  target = $state(NEW_PLAN)

  constructor(
    /** Fixed for the screen: the route table builds a new view for another role. */
    readonly roleId: string,
    private readonly deps: FitRoleScreenDeps,
  ) {}

  load = (): Promise<void> =>
    this.detail.load(() => this.deps.client.fit.role({ roleId: this.roleId }))

  loadPlans = (): Promise<void> =>
    this.plans.load(() => this.deps.client.plans.list({ includeArchived: false }))

  /**
   * Adds the gaps to the chosen plan, or to a new one. Only gaps the plan lacks are sent, so
   * the user hears when there is nothing new; after a new plan is made it becomes the target,
   * so a second click extends it instead of making an identical second plan.
   */
  async addGaps(fit: RoleFitDetail): Promise<void> {
    const { client, toasts } = this.deps
    const keys = fit.gaps.map((gap) => gap.key)
    try {
      if (this.target === NEW_PLAN) {
        const plan = await client.plans.create({
          source: { kind: 'empty' },
          title: `Gaps for ${fit.roleName}`,
          keys,
        })
        await this.loadPlans()
        this.target = plan.id
        this.#showAdded(keys.length, plan)
        return
      }
      const before = await client.plans.get({ id: this.target })
      // Read once here, never drawn: a plain set.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const held = new Set(before.items.map((item) => item.key))
      const missing = keys.filter((key) => !held.has(key))
      if (missing.length === 0) {
        toasts.show(`Nothing new to add: “${before.title}” already has all ${keys.length}.`)
        return
      }
      const plan = await client.plans.addKeys({ id: this.target, keys: missing })
      this.#showAdded(missing.length, plan)
      await this.loadPlans()
    } catch (error) {
      toasts.show(errorMessage(error))
    }
  }

  #showAdded(count: number, plan: { id: string; title: string }): void {
    const open =
      this.deps.openPlan ??
      ((id: string): void => {
        window.location.hash = routeHref({ name: 'plan', id })
      })
    this.deps.toasts.show(`Added ${count} ${count === 1 ? 'item' : 'items'} to “${plan.title}”.`, {
      label: 'Open plan',
      run: () => open(plan.id),
    })
  }
}
