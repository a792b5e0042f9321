import { render, screen } from '@testing-library/svelte'
import type { Component } from 'svelte'
import { describe, expect, it } from 'vitest'
import LazyView from '../../../../src/renderer/src/components/ui/LazyView.svelte'
import NotFoundView from '../../../../src/renderer/src/views/NotFoundView.svelte'

// The route table hands LazyView every view as a plain record of props, as here.
const notFound = { default: NotFoundView as unknown as Component<Record<string, unknown>> }

describe('LazyView', () => {
  it('draws a view whose code is already in at once, with its props', () => {
    render(LazyView, {
      props: {
        view: () => notFound,
        props: { path: '/nowhere' },
      },
    })
    expect(screen.getByText('There is nothing at /nowhere')).toBeInTheDocument()
  })

  it('draws a view once its code has loaded', async () => {
    render(LazyView, {
      props: {
        view: () => Promise.resolve(notFound),
        props: { path: '/later' },
      },
    })
    expect(await screen.findByText('There is nothing at /later')).toBeInTheDocument()
  })

  it('says in plain words when a view cannot be loaded', async () => {
    render(LazyView, {
      props: {
        view: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
        props: {},
      },
    })
    expect(await screen.findByRole('alert')).toHaveTextContent('This screen could not be loaded')
    expect(screen.queryByText(/dynamically imported/)).not.toBeInTheDocument()
  })

  it('loads its view once while only the props change, so the view is not built again', async () => {
    let loads = 0
    const view = (): Promise<typeof notFound> => {
      loads += 1
      return Promise.resolve(notFound)
    }
    const { rerender } = render(LazyView, { props: { view, props: { path: '/one' } } })
    expect(await screen.findByText('There is nothing at /one')).toBeInTheDocument()
    await rerender({ view, props: { path: '/two' } })
    await new Promise((resolve) => setTimeout(resolve, 0))
    // Loaded again, the view would be built anew and lose its state and focus (the compare
    // screen's keyboard journey shows it end to end).
    expect(loads).toBe(1)
  })
})
