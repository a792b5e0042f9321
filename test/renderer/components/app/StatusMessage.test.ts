import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import StatusMessage from '../../../../src/renderer/src/components/app/StatusMessage.svelte'

describe('StatusMessage', () => {
  it('announces an error at once, as an alert', () => {
    render(StatusMessage, { kind: 'error', title: 'These roles could not be compared' })
    expect(screen.getByRole('alert')).toHaveTextContent('These roles could not be compared')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('marks loading as busy, politely', () => {
    render(StatusMessage, { kind: 'loading', title: 'Comparing…' })
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Comparing…')
    expect(status).toHaveAttribute('aria-busy', 'true')
  })

  it('says an empty screen is not busy', () => {
    render(StatusMessage, { kind: 'empty', title: 'No plans yet' })
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'false')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('offers its one action', async () => {
    const run = vi.fn()
    render(StatusMessage, { kind: 'error', title: 'Failed', action: { label: 'Try again', run } })
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(run).toHaveBeenCalledOnce()
  })
})
