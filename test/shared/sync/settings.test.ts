import { describe, expect, it } from 'vitest'
import { syncedSettingsOf } from '@shared/sync/settings'

describe('which settings sync', () => {
  it('keeps the window position on this computer and lets every other setting follow the user', () => {
    const bounds = { x: 10, y: 20, width: 1200, height: 800 }
    expect(syncedSettingsOf({ windowBounds: bounds })).toEqual({})
    expect(syncedSettingsOf({ windowBounds: bounds, weekStartsOn: 'monday' })).toEqual({
      weekStartsOn: 'monday',
    })
  })

  it('leaves out a setting that was never set', () => {
    expect(syncedSettingsOf({ weekStartsOn: undefined, theme: 'dark' })).toEqual({ theme: 'dark' })
  })
})
