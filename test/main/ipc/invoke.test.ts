import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { fakeHandlers } from './fake-handlers'

describe('invokeChannel', () => {
  const ignore = (): void => undefined

  it('passes valid input to the handler and wraps its value', async () => {
    const calls: string[] = []
    const result = await invokeChannel(
      fakeHandlers(calls),
      'app:dismissNotice',
      { id: 'n1' },
      ignore,
    )
    expect(result).toEqual({ ok: true, value: undefined })
    expect(calls).toEqual(['app:dismissNotice n1'])
  })

  it.each([
    ['a missing field', 'app:dismissNotice', {}],
    ['a wrong type', 'app:dismissNotice', { id: 42 }],
    ['an extra field', 'app:dismissNotice', { id: 'n1', admin: true }],
    ['input where none is expected', 'app:status', { anything: 1 }],
    ['a role id with path characters', 'roles:get', { id: '../../etc/passwd' }],
    ['an overlong search', 'library:query', { text: 'x'.repeat(500) }],
  ])('refuses %s without running the handler', async (_label, channel, input) => {
    const calls: string[] = []
    const result = await invokeChannel(fakeHandlers(calls), channel, input, ignore)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('invalid-input')
    expect(calls).toEqual([])
  })

  it('refuses a channel that is not in the contract', async () => {
    const result = await invokeChannel(
      fakeHandlers(),
      'fs:readFile',
      { path: '/etc/passwd' },
      ignore,
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown channel "fs:readFile".' },
    })
  })

  it('refuses inherited property names as channels', async () => {
    const result = await invokeChannel(fakeHandlers(), 'constructor', undefined, ignore)
    expect(result.ok).toBe(false)
  })

  it('keeps the code and message of an expected failure', async () => {
    const result = await invokeChannel(fakeHandlers(), 'roles:get', { id: 'astronaut' }, ignore)
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no role with the id "astronaut".' },
    })
  })

  it('hides the details of an unexpected failure but reports them to main', async () => {
    const reported: unknown[] = []
    const result = await invokeChannel(fakeHandlers(), 'taxonomy:list', undefined, (_c, e) =>
      reported.push(e),
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('internal')
      expect(result.error.message).not.toContain('/home')
      expect(JSON.stringify(result)).not.toContain('at ')
    }
    expect(reported).toHaveLength(1)
  })
})
