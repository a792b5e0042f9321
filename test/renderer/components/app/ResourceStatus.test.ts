import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ResourceStatus from '../../../../src/renderer/src/components/app/ResourceStatus.svelte'
import { AsyncResource } from '../../../../src/renderer/src/lib/state/async-resource.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'

describe('ResourceStatus', () => {
  it('shows a busy status while loading', () => {
    const resource = new AsyncResource<number>()
    void resource.load(() => new Promise(() => undefined))
    render(ResourceStatus, {
      resource,
      errorTitle: 'Failed',
      loadingTitle: 'Loading plans…',
      retry: vi.fn(),
    })
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading plans…')
  })

  it('shows the error with a retry that works from the keyboard', async () => {
    const resource = new AsyncResource<number>()
    await resource.load(() => Promise.reject(new ApiError('internal', 'The disk is unhappy.')))
    const retry = vi.fn()
    render(ResourceStatus, {
      resource,
      errorTitle: 'Plans could not be loaded',
      loadingTitle: 'Loading',
      retry,
    })
    expect(screen.getByRole('alert')).toHaveTextContent('Plans could not be loaded')
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is unhappy.')
    screen.getByRole('button', { name: 'Try again' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(retry).toHaveBeenCalledOnce()
  })

  it('makes both titles from the noun it is given', async () => {
    const resource = new AsyncResource<number>()
    void resource.load(() => new Promise(() => undefined))
    const { unmount } = render(ResourceStatus, {
      resource,
      what: 'saved comparisons',
      retry: vi.fn(),
    })
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent(
      'Loading saved comparisons…',
    )
    unmount()
    const failed = new AsyncResource<number>()
    await failed.load(() => Promise.reject(new ApiError('internal', 'The disk is unhappy.')))
    render(ResourceStatus, { resource: failed, what: 'saved comparisons', retry: vi.fn() })
    expect(screen.getByRole('alert')).toHaveTextContent('Saved comparisons could not be loaded')
  })
})
