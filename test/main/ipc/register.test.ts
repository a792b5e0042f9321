import { describe, expect, it } from 'vitest'
import {
  isTrustedSender,
  registerIpc,
  type IpcMainLike,
  type SenderEvent,
} from '../../../src/main/ipc/register'
import { channels } from '@shared/ipc/contract'
import { fakeHandlers } from './fake-handlers'

const APP = 'file:///app/out/renderer/index.html'

function fakeIpcMain(): IpcMainLike & {
  listeners: Map<string, (event: SenderEvent, input: unknown) => Promise<unknown>>
} {
  const listeners = new Map<string, (event: SenderEvent, input: unknown) => Promise<unknown>>()
  return {
    listeners,
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`)
      listeners.set(channel, listener)
    },
    removeHandler: (channel) => listeners.delete(channel),
  }
}

const mainFrame = (url: string): SenderEvent => ({ senderFrame: { url, parent: null } })

describe('isTrustedSender', () => {
  it('trusts only the main frame of our own page', () => {
    expect(isTrustedSender(mainFrame(`${APP}#/library`), APP)).toBe(true)
    expect(isTrustedSender(mainFrame('https://evil.example/'), APP)).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: APP, parent: {} } }, APP)).toBe(false)
    expect(isTrustedSender({ senderFrame: null }, APP)).toBe(false)
  })
})

describe('registerIpc', () => {
  it('registers exactly the contract channels and removes them again', () => {
    const ipc = fakeIpcMain()
    const unregister = registerIpc(ipc, fakeHandlers(), APP, () => undefined)
    expect([...ipc.listeners.keys()].sort()).toEqual([...channels].sort())
    unregister()
    expect(ipc.listeners.size).toBe(0)
  })

  it('answers a trusted call and refuses a foreign frame without running the handler', async () => {
    const ipc = fakeIpcMain()
    const calls: string[] = []
    registerIpc(ipc, fakeHandlers(calls), APP, () => undefined)
    const status = ipc.listeners.get('app:status')
    if (!status) throw new Error('app:status was not registered')

    expect(await status(mainFrame(APP), undefined)).toMatchObject({ ok: true })
    expect(await status({ senderFrame: { url: APP, parent: {} } }, undefined)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This page may not call Role Atlas.' },
    })
    expect(calls).toEqual(['app:status'])
  })
})
