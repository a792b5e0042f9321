import type { Channel, InputOf, OutputOf } from './contract'
import type { IpcResult } from './result'

type AreaOf<C extends string> = C extends `${infer Area}:${string}` ? Area : never
type VerbOf<C extends string, Area extends string> = C extends `${Area}:${infer Verb}`
  ? Verb
  : never

/** A channel's function: no argument when the channel takes no input. */
type ChannelFunction<C extends Channel> = (
  ...args: InputOf<C> extends undefined ? [] : [input: InputOf<C>]
) => Promise<IpcResult<OutputOf<C>>>

/**
 * What the preload puts on `window.api`: `api.roles.get({ id })` for channel `roles:get`.
 * Derived from the contract, so the bridge cannot drift from it.
 */
export type BridgeApi = {
  [Area in AreaOf<Channel>]: {
    [Verb in VerbOf<Channel, Area>]: ChannelFunction<Extract<`${Area}:${Verb}`, Channel>>
  }
}
