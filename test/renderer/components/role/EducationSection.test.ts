import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import EducationSection from '../../../../src/renderer/src/components/role/EducationSection.svelte'
import type { RoleEducation } from '@shared/domain/role-profile'

const provenance = { origin: 'catalog' as const, articleIds: [] }

const education: RoleEducation = {
  typicalEntry: 'Bachelor’s degree',
  jobZone: { zone: 4, name: 'Job Zone Four: Considerable Preparation Needed' },
  requiredLevels: [
    { level: 'Bachelor’s degree', percent: 62 },
    { level: 'Master’s degree', percent: 25 },
  ],
  provenance,
} as RoleEducation

function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Education and preparation' })
}

describe('EducationSection', () => {
  it('states the typical entry level and the preparation, each with its source', () => {
    render(EducationSection, { id: 'education', education })
    const facts = within(section())
    expect(facts.getByText('Typical entry level').nextElementSibling).toHaveTextContent(
      'Bachelor’s degree BLS Employment Projections 2024–34',
    )
    // The job zone's name is shown without its "Job Zone Four:" prefix, which the number says.
    expect(facts.getByText('Preparation').nextElementSibling).toHaveTextContent(
      'Job zone 4 of 5: Considerable Preparation Needed O*NET 29.3',
    )
  })

  it('lists the education workers say the job requires, largest share first', () => {
    render(EducationSection, { id: 'education', education })
    const levels = screen.getByRole('list', {
      name: 'Level of education workers say the job requires',
    })
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Bachelor’s degree 62%', 'Master’s degree 25%'])
  })

  it('says when O*NET has no answers, and leaves out facts it lacks', () => {
    render(EducationSection, {
      id: 'education',
      education: { requiredLevels: [], provenance } as unknown as RoleEducation,
    })
    expect(
      screen.getByText('O*NET 29.3 has no answers on required education for this occupation.'),
    ).toBeInTheDocument()
    expect(screen.queryByText('Typical entry level')).toBeNull()
    expect(screen.queryByText('Preparation')).toBeNull()
  })
})
