import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import RoleSourcesSection from '../../../../src/renderer/src/components/role/RoleSourcesSection.svelte'
import { DATASET_SOURCES } from '@shared/domain/catalog-sources'
import type { RoleProfile } from '@shared/domain/role-profile'

function profile(extra: Partial<RoleProfile>): RoleProfile {
  return { salaryTitles: [], gaps: [], ...extra } as unknown as RoleProfile
}

function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Sources and coverage' })
}

describe('RoleSourcesSection', () => {
  it('names the salary titles the figures come from, with their answers', () => {
    render(RoleSourcesSection, {
      id: 'sources',
      profile: profile({
        salaryTitles: [
          { title: 'Data Manager', rows: 1234 },
          { title: 'Data Management Lead', rows: 56 },
          { title: 'Head of Data', rows: 7 },
        ],
      } as Partial<RoleProfile>),
      sources: [],
    })
    expect(section()).toHaveTextContent(
      "Salaries for this role are the index's answers under “Data Manager” (1,234 answers), “Data Management Lead” (56 answers) and “Head of Data” (7 answers): a reviewed list, not a guess from the name.",
    )
  })

  it('says when no salary title describes the role', () => {
    render(RoleSourcesSection, { id: 'sources', profile: profile({}), sources: [] })
    expect(
      within(section()).getByText('The salary index has no job title that describes this role.'),
    ).toBeInTheDocument()
    expect(within(section()).queryByRole('list', { name: 'Data sources' })).toBeNull()
  })

  it('credits the datasets the page draws on', () => {
    render(RoleSourcesSection, {
      id: 'sources',
      profile: profile({}),
      sources: DATASET_SOURCES.slice(0, 1),
    })
    expect(within(section()).getByRole('list', { name: 'Data sources' })).toBeInTheDocument()
    expect(within(section()).getAllByRole('listitem')).toHaveLength(1)
  })

  it('says how many tools O*NET lists, and what the sources leave out', () => {
    render(RoleSourcesSection, {
      id: 'sources',
      profile: profile({
        toolsListed: 87,
        gaps: [{ section: 'tips', note: 'No source gives practical tips.' }],
      } as Partial<RoleProfile>),
      sources: [],
    })
    expect(section()).toHaveTextContent('O*NET lists 87 technologies for this occupation')
    expect(
      within(section()).getByRole('heading', { name: 'What the sources do not cover' }),
    ).toBeVisible()
    expect(section()).toHaveTextContent('Practical tips: No source gives practical tips.')
    expect(
      within(section()).getByRole('link', { name: 'All sources and their licences' }),
    ).toHaveAttribute('href', '#/sources')
  })
})
