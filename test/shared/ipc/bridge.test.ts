import { describe, expect, it } from 'vitest'
import { createBridge } from '@shared/ipc/bridge'
import { channels } from '@shared/ipc/contract'

describe('createBridge', () => {
  it('exposes one function per channel, grouped by area, and nothing else', () => {
    const api = createBridge(channels, async () => undefined) as unknown as Record<
      string,
      Record<string, unknown>
    >
    const exposed = Object.entries(api).flatMap(([area, verbs]) =>
      Object.keys(verbs).map((verb) => `${area}:${verb}`),
    )
    expect(exposed.sort()).toEqual([...channels].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('forwards the channel name and input to invoke', async () => {
    const calls: [string, unknown][] = []
    const api = createBridge(channels, async (channel, input) => {
      calls.push([channel, input])
      return { ok: true, value: 'answer' }
    })
    expect(await api.roles.get({ id: 'data-manager' })).toEqual({ ok: true, value: 'answer' })
    await api.app.status()
    expect(calls).toEqual([
      ['roles:get', { id: 'data-manager' }],
      ['app:status', undefined],
    ])
  })

  it('survives being turned into source text, as the e2e harness does', async () => {
    const rebuilt = new Function(`return (${createBridge.toString()})`)() as typeof createBridge
    const api = rebuilt(channels, async (channel) => channel)
    expect(await api.library.query({ text: '' })).toBe('library:query')
  })
})
