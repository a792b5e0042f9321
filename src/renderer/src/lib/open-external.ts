import { client, errorMessage } from './api'
import { toasts } from './state/toasts.svelte'

/**
 * Opens a web address in the user's browser through main (the app itself makes no network
 * request); a refusal is shown as a toast.
 */
export async function openExternal(url: string): Promise<void> {
  try {
    await client.links.openExternal({ url })
  } catch (error) {
    toasts.show(errorMessage(error))
  }
}
