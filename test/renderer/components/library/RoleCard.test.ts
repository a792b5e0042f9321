import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import RoleCard from '../../../../src/renderer/src/components/library/RoleCard.svelte'
import type { LibraryRole } from '@shared/domain/library'

const role: LibraryRole = {
  familyId: 'data-engineering',
  id: 'data-operations-specialist',
  name: 'Data Operations Specialist',
  aliases: ['DataOps Engineer'],
  summary: 'Keeps data pipelines healthy.',
  origin: 'builtin',
  keyTools: ['Apache Airflow', 'Docker'],
  matchedOn: ['Airflow (tools and software)'],
}

describe('RoleCard', () => {
  it('picks the role for a comparison by keyboard, and refuses a fifth pick', async () => {
    const onselect = vi.fn()
    const { rerender } = render(RoleCard, {
      role,
      selected: false,
      selectable: true,
      onselect,
      readiness: undefined,
    })
    const checkbox = screen.getByRole('checkbox', { name: 'Compare Data Operations Specialist' })
    checkbox.focus()
    await userEvent.keyboard(' ')
    expect(onselect).toHaveBeenCalledWith(true)
    await rerender({
      role,
      selected: false,
      selectable: false,
      onselect,
      readiness: undefined,
    })
    expect(checkbox).toBeDisabled()
  })

  it('names three of a long list of other titles and counts the rest', () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `Data Title ${index + 1}`)
    render(RoleCard, {
      role: { ...role, aliases },
      selected: false,
      selectable: true,
      onselect: vi.fn(),
      readiness: undefined,
    })
    const card = screen.getByRole('article', { name: 'Data Operations Specialist' })
    expect(card).toHaveTextContent(
      'Also called Data Title 1, Data Title 2, Data Title 3 and 37 more',
    )
    expect(card).not.toHaveTextContent('Data Title 4')
  })

  it('names the role, links to its page and shows why it matched', () => {
    const onselect = vi.fn()
    render(RoleCard, {
      role,
      selected: false,
      selectable: true,
      onselect,
      readiness: undefined,
    })
    const card = screen.getByRole('article', { name: 'Data Operations Specialist' })
    expect(card).toHaveTextContent('Also called DataOps Engineer')
    expect(card).toHaveTextContent('Keeps data pipelines healthy.')
    expect(screen.getByRole('link', { name: 'Data Operations Specialist' })).toHaveAttribute(
      'href',
      '#/roles/data-operations-specialist',
    )
    expect(card).toHaveTextContent('Airflow (tools and software)')
    const tools = within(card).getByRole('list', { name: 'Key tools' })
    expect(
      within(tools)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Apache Airflow', 'Docker'])
  })

  it('shows how ready the user is once they have started', () => {
    render(RoleCard, {
      role,
      selected: false,
      selectable: true,
      onselect: vi.fn(),
      readiness: {
        roleId: role.id,
        roleName: role.name,
        tips: { done: 2, total: 5 },
        skills: { done: 1, total: 10 },
        percent: 20,
      },
    })
    expect(
      screen.getByRole('progressbar', { name: 'Readiness for Data Operations Specialist' }),
    ).toHaveAttribute('value', '20')
    expect(screen.getByRole('article', { name: 'Data Operations Specialist' })).toHaveTextContent(
      '2/5 tips',
    )
  })

  it('marks a role the user made', () => {
    render(RoleCard, {
      role: { ...role, origin: 'user', aliases: [], matchedOn: [], keyTools: [] },
      selected: false,
      selectable: true,
      onselect: vi.fn(),
      readiness: undefined,
    })
    const card = screen.getByRole('article', { name: 'Data Operations Specialist' })
    expect(card).toHaveTextContent('Your role')
    expect(card).not.toHaveTextContent('Also called')
    expect(card).not.toHaveTextContent('Matches')
    expect(within(card).queryByRole('list', { name: 'Key tools' })).toBeNull()
  })
})
