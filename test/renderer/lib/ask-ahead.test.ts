import { describe, expect, it, vi } from 'vitest'
import { askAhead } from '../../../src/renderer/src/lib/ask-ahead'

describe('askAhead', () => {
  it('hands the screen the answer asked for ahead, once', async () => {
    const send = vi.fn((text: string) => Promise.resolve(`roles for "${text}"`))
    const library = askAhead(send)
    await library.ahead('sql')
    expect(await library.take('sql')).toBe('roles for "sql"')
    expect(send).toHaveBeenCalledOnce()
    await library.take('sql')
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('asks again after a discard, so a screen that did not open leaves no stale answer', async () => {
    let roles = 54
    const library = askAhead(() => Promise.resolve(roles))
    await library.ahead('')
    // The app opened another screen; meanwhile an import added a role.
    library.discard()
    roles = 55
    expect(await library.take('')).toBe(55)
  })
})
