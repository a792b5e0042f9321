import { waitFor } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { openExternal } from '../../../src/renderer/src/lib/open-external'
import { toasts } from '../../../src/renderer/src/lib/state/toasts.svelte'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

describe('openExternal', () => {
  it('asks main to open the address in the user’s browser', async () => {
    const opened: unknown[] = []
    installFakeApi({ 'links:openExternal': (input) => void opened.push(input) })
    await openExternal('https://www.onetcenter.org/database.html')
    expect(opened).toEqual([{ url: 'https://www.onetcenter.org/database.html' }])
  })

  it('tells the user in a notification when main refuses', async () => {
    installFakeApi({
      'links:openExternal': () => {
        throw new AppError('rejected-url', 'Only secure web links can be opened.')
      },
    })
    await openExternal('http://example.org')
    await waitFor(() => expect(toasts.latest?.message).toBe('Only secure web links can be opened.'))
  })
})
