import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { escapeRegex } from '@shared/domain/escape-regex'
import { useTempDir } from '../store/helpers'
import { openTestContainer } from './test-container'

describe('links saved on a plan item', () => {
  const tempDir = useTempDir()

  it.each([
    [
      'http://example.com/course',
      'Only secure web links, starting with https://, can be saved or opened.',
    ],
    [
      'https://user:pass@example.com/',
      'Links with a user name or password (before an @) cannot be saved or opened.',
    ],
    ['https://192.168.1.1/', 'Links to this computer or a private network cannot be opened.'],
  ])('refuses %s when saved, as opening it would', async (url, reason) => {
    const opened: string[] = []
    const container = await openTestContainer(tempDir(), {
      openExternal: async (href) => {
        opened.push(href)
      },
    })
    const before = container.store.data
    const saved = await invokeChannel(
      container.handlers,
      'progress:set',
      { key: 'skill:python', links: [{ url, label: 'Course' }] },
      () => undefined,
    )
    // Said in the policy's own words, whatever the contract puts before them.
    expect(saved.ok ? null : saved.error).toMatchObject({ code: 'invalid-input' })
    expect(saved.ok ? '' : saved.error.message).toMatch(new RegExp(`${escapeRegex(reason)}$`))
    expect(container.store.data).toBe(before)
    const open = await invokeChannel(
      container.handlers,
      'links:openExternal',
      { url },
      () => undefined,
    )
    expect(open).toEqual({ ok: false, error: { code: 'rejected-url', message: reason } })
    expect(opened).toEqual([])
    await container.shutdown()
  })

  it('saves an https link and opens it by its parsed form', async () => {
    const opened: string[] = []
    const container = await openTestContainer(tempDir(), {
      openExternal: async (href) => {
        opened.push(href)
      },
    })
    const url = 'HTTPS://Docs.Python.org/3/'
    const saved = await invokeChannel(
      container.handlers,
      'progress:set',
      { key: 'skill:python', links: [{ url, label: 'Docs' }] },
      () => undefined,
    )
    expect(saved.ok).toBe(true)
    await invokeChannel(container.handlers, 'links:openExternal', { url }, () => undefined)
    expect(opened).toEqual(['https://docs.python.org/3/'])
    await container.shutdown()
  })
})
