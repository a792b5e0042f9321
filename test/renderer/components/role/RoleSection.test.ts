import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import RoleSection from '../../../../src/renderer/src/components/role/RoleSection.svelte'

const empty = {
  id: 'section-skills',
  title: 'Required skills',
  items: [],
  entities: {},
  sources: new Map(),
}

describe('RoleSection', () => {
  it('says which source lacks an empty section, when the catalog knows', () => {
    render(RoleSection, {
      ...empty,
      gap: 'O*NET 29.3 has no skill or knowledge ratings for 15-2051.00.',
    })
    const section = screen.getByRole('region', { name: 'Required skills' })
    expect(section).toHaveTextContent(
      'O*NET 29.3 has no skill or knowledge ratings for 15-2051.00.',
    )
    expect(section).not.toHaveTextContent('recorded for this role yet')
  })

  it('says plainly that nothing is recorded when no source is to blame', () => {
    render(RoleSection, empty)
    expect(screen.getByRole('region', { name: 'Required skills' })).toHaveTextContent(
      'No required skills recorded for this role yet.',
    )
  })
})
