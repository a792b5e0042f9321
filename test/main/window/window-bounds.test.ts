import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_SIZE, restoreBounds } from '../../../src/main/window/window-bounds'

const screen = { x: 0, y: 0, width: 1920, height: 1080 }

describe('restoreBounds', () => {
  it('uses the default size on first start', () => {
    expect(restoreBounds(undefined, [screen])).toEqual(DEFAULT_WINDOW_SIZE)
  })

  it('restores size and position that are still on a display', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false }
    expect(restoreBounds(saved, [screen])).toEqual({ x: 100, y: 80, width: 1000, height: 700 })
  })

  it('keeps only the size when the remembered display is gone', () => {
    const saved = { x: 2500, y: 100, width: 1000, height: 700, maximized: false }
    expect(restoreBounds(saved, [screen])).toEqual({ width: 1000, height: 700 })
  })

  it('keeps only the size when just a sliver would be visible', () => {
    const saved = { x: 1880, y: 100, width: 1000, height: 700, maximized: false }
    expect(restoreBounds(saved, [screen])).toEqual({ width: 1000, height: 700 })
  })
})
