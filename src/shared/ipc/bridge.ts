import type { BridgeApi } from './api'
import type { Channel } from './contract'

/**
 * Builds the `window.api` object: for each channel `area:verb`, a function `api.area.verb`
 * that forwards its input to `invoke`. It closes over nothing from its module, because the
 * end-to-end harness injects this very function's source into a plain browser page.
 */
export function createBridge(
  channelNames: readonly Channel[],
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
): BridgeApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const name of channelNames) {
    const [area = '', verb = ''] = name.split(':')
    const functions = (api[area] ??= {})
    functions[verb] = (input?: unknown) => invoke(name, input)
  }
  return Object.freeze(api) as BridgeApi
}
