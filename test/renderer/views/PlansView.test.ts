import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import PlansView from '../../../src/renderer/src/views/PlansView.svelte'
import type { LibraryResult } from '@shared/domain/library'
import type { PlanSummary } from '@shared/domain/progress/views'
import { installFakeApi } from '../fake-api'

const at = '2026-11-29T08:00:00.000Z'
const summary = (id: string, title: string, archived: boolean): PlanSummary => ({
  id,
  title,
  source: { kind: 'empty' },
  sourceLabel: 'Your own plan',
  archived,
  createdAt: at,
  updatedAt: at,
  counts: { total: 1, done: 0, learning: 0, skipped: 0, todo: 1, percent: 0 },
})
const noRoles = { roles: [], total: 0 } as unknown as LibraryResult

function openWith(plans: PlanSummary[], showArchived = false) {
  installFakeApi({ 'plans:list': () => plans, 'library:query': () => noRoles })
  const onshowarchivedchange = vi.fn()
  render(PlansView, { showArchived, onshowarchivedchange })
  return { onshowarchivedchange }
}

describe('PlansView', () => {
  it('says plans are archived, not that there are none, when only archived plans exist', async () => {
    const { onshowarchivedchange } = openWith([
      summary('a', 'Old plan', true),
      summary('b', 'Older plan', true),
    ])
    expect(await screen.findByText('No plans on the go')).toBeInTheDocument()
    expect(screen.getByText(/2 plans are archived/)).toBeInTheDocument()
    expect(screen.queryByText('No plans yet')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Show archived plans' }))
    expect(onshowarchivedchange).toHaveBeenCalledWith(true)
  })

  it('says there are no plans yet when there are none at all', async () => {
    openWith([])
    expect(await screen.findByText('No plans yet')).toBeInTheDocument()
  })

  it('lists plans on the go, and archived ones only when asked', async () => {
    openWith([summary('a', 'Evening study', false), summary('b', 'Old plan', true)])
    expect(await screen.findByRole('link', { name: 'Evening study' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Old plan' })).toBeNull()
  })

  it('shows archived plans with a spaced dot between their facts', async () => {
    openWith([summary('b', 'Old plan', true)], true)
    expect(await screen.findByRole('link', { name: 'Old plan' })).toBeInTheDocument()
    expect(screen.getByText(/^Your own plan · archived · changed /)).toBeInTheDocument()
  })
})
