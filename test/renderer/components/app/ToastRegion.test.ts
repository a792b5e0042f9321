import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ToastRegion from '../../../../src/renderer/src/components/app/ToastRegion.svelte'
import { toasts } from '../../../../src/renderer/src/lib/state/toasts.svelte'

function region(): HTMLElement {
  return screen.getByRole('status', { name: 'Notifications' })
}

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id)
})

describe('ToastRegion', () => {
  it('shows only the newest notification, the older ones behind "n more"', async () => {
    const undone: string[] = []
    render(ToastRegion)
    for (const title of ['A', 'B', 'C', 'D', 'E']) {
      toasts.show(`Deleted “${title}”.`, { label: 'Undo', run: () => void undone.push(title) })
    }
    const notifications = region()
    await within(notifications).findByText('Deleted “E”.')
    expect(within(notifications).queryByText('Deleted “D”.')).not.toBeInTheDocument()
    expect(within(notifications).getAllByRole('button', { name: 'Undo' })).toHaveLength(1)

    const more = within(notifications).getByRole('button', { name: '4 more' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(more)
    expect(more).toHaveAttribute('aria-expanded', 'true')
    const earlier = within(notifications).getByRole('list', { name: 'Earlier notifications' })
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Deleted “D”.'),
      expect.stringContaining('Deleted “C”.'),
      expect.stringContaining('Deleted “B”.'),
      expect.stringContaining('Deleted “A”.'),
    ])
    // An older undo is still reachable, and used once.
    const oldest = within(earlier).getAllByRole('listitem').at(-1) as HTMLElement
    await userEvent.click(within(oldest).getByRole('button', { name: 'Undo' }))
    expect(undone).toEqual(['A'])
    expect(within(notifications).getByRole('button', { name: 'Hide' })).toBeInTheDocument()
    expect(within(earlier).getAllByRole('listitem')).toHaveLength(3)
  })

  it('closes the earlier list with Escape and gives focus back to its button', async () => {
    render(ToastRegion)
    toasts.show('Saved “One”.')
    toasts.show('Saved “Two”.')
    const more = await within(region()).findByRole('button', { name: '1 more' })
    more.focus()
    await userEvent.keyboard('{Enter}')
    const earlier = within(region()).getByRole('list', { name: 'Earlier notifications' })
    within(earlier).getByRole('button', { name: 'Dismiss notification' }).focus()
    await userEvent.keyboard('{Escape}')
    expect(
      within(region()).queryByRole('list', { name: 'Earlier notifications' }),
    ).not.toBeInTheDocument()
    expect(within(region()).getByRole('button', { name: '1 more' })).toHaveFocus()
  })

  it('keeps a notification while the pointer is on it, and lets it go after', async () => {
    vi.useFakeTimers()
    try {
      render(ToastRegion)
      toasts.show('Progress reset.', undefined, 1000)
      const notifications = region()
      await vi.advanceTimersByTimeAsync(0)
      notifications.dispatchEvent(new PointerEvent('pointerenter'))
      await vi.advanceTimersByTimeAsync(5000)
      expect(within(notifications).getByText('Progress reset.')).toBeInTheDocument()
      notifications.dispatchEvent(new PointerEvent('pointerleave'))
      await vi.advanceTimersByTimeAsync(5000)
      expect(within(notifications).queryByText('Progress reset.')).not.toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps focus in the notifications after Undo, then gives it to the content', async () => {
    const main = document.createElement('main')
    main.id = 'main'
    main.tabIndex = -1
    document.body.append(main)
    try {
      render(ToastRegion)
      toasts.show('Deleted “A”.', { label: 'Undo', run: () => undefined })
      toasts.show('Deleted “B”.', { label: 'Undo', run: () => undefined })
      const undo = await within(region()).findByRole('button', { name: 'Undo' })
      undo.focus()
      await userEvent.keyboard('{Enter}')
      await within(region()).findByText('Deleted “A”.')
      expect(within(region()).getByRole('button', { name: 'Dismiss notification' })).toHaveFocus()
      await userEvent.keyboard('{Enter}')
      expect(within(region()).queryByText('Deleted “A”.')).not.toBeInTheDocument()
      expect(main).toHaveFocus()
    } finally {
      main.remove()
    }
  })
})
