import type { PlanSource } from '@shared/domain/progress/types'
import { client, errorMessage } from '../../lib/api'
import { routeHref } from '../../lib/route'
import { toasts } from '../../lib/state/toasts.svelte'

/**
 * Makes a plan (for a role, for a move between two roles, or empty) and opens it; a failure
 * is said in a notification. Every "Make a plan" button of the app goes through here.
 */
export async function openNewPlan(source: PlanSource): Promise<void> {
  try {
    const plan = await client.plans.create({ source })
    window.location.hash = routeHref({ name: 'plan', id: plan.id })
  } catch (error) {
    toasts.show(errorMessage(error))
  }
}
