import { describe, expect, it } from 'vitest'
import { NotImplementedInDouble, strict } from './strict'

describe('strict objects of the Electron double', () => {
  it('throw, naming the missing part, when the app reads what the double lacks', () => {
    const app = strict('app', { getVersion: () => '1.0.0' })
    expect(app.getVersion()).toBe('1.0.0')
    expect(() => (app as unknown as Record<string, unknown>)['setBadgeCount']).toThrow(
      new NotImplementedInDouble('app.setBadgeCount'),
    )
  })

  it('refuse a property the app tries to add, and keep the ones they have writable', () => {
    const window = strict('BrowserWindow', { title: 'Role Atlas' })
    window.title = 'Other'
    expect(window.title).toBe('Other')
    expect(() => Object.assign(window, { autoHideMenuBar: true })).toThrow(NotImplementedInDouble)
  })

  it('can be awaited, inspected and checked with `in`, as Electron objects can', async () => {
    const session = strict('Session', { clearCache: async () => undefined })
    expect(await Promise.resolve(session)).toBe(session)
    expect(String(Object.prototype.toString.call(session))).toBe('[object Object]')
    expect('setProxy' in session).toBe(false)
  })

  it('hide the members only the test drives from the app', () => {
    const window = strict('BrowserWindow', { show: () => undefined, paint: () => undefined }, [
      'paint',
    ])
    expect('paint' in window).toBe(false)
    expect(() => window.paint()).toThrow(new NotImplementedInDouble('BrowserWindow.paint'))
    expect('show' in window).toBe(true)
  })
})
