import { describe, expect, it } from 'vitest'
import { loadCompareView } from '../../../src/renderer/src/lib/views'

describe('loadCompareView', () => {
  it('gives the module itself once it has loaded, so the screen is drawn in the same update', async () => {
    const first = loadCompareView()
    expect(first).toBeInstanceOf(Promise)
    const module = await first
    const again = loadCompareView()
    expect(again).not.toBeInstanceOf(Promise)
    expect(again).toBe(module)
  })
})
