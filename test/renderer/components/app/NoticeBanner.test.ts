import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import NoticeBanner from '../../../../src/renderer/src/components/app/NoticeBanner.svelte'

describe('NoticeBanner', () => {
  it('says what happened, where the old file is, and can be dismissed by keyboard', async () => {
    const ondismiss = vi.fn()
    render(NoticeBanner, {
      notices: [
        {
          id: 'n1',
          kind: 'recovered-from-backup',
          message: 'Your data file could not be read (it was empty).',
          movedAsidePath: '/home/ada/.config/role-atlas/role-atlas.corrupt-2026.json',
          at: '2026-11-23T12:00:00.000Z',
        },
      ],
      ondismiss,
    })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Your data was restored from a backup')
    expect(alert).toHaveTextContent('role-atlas.corrupt-2026.json')
    screen.getByRole('button', { name: 'Dismiss' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(ondismiss).toHaveBeenCalledWith('n1')
  })

  it('shows nothing when all is well', () => {
    render(NoticeBanner, { notices: [], ondismiss: vi.fn() })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
