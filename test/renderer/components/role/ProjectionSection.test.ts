import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import ProjectionSection from '../../../../src/renderer/src/components/role/ProjectionSection.svelte'
import type { RoleProjection } from '@shared/domain/role-profile'

const projection: RoleProjection = {
  groupTitle: 'Data scientists',
  groupCode: '15-2051',
  widerGroup: false,
  period: '2024–34',
  employmentStart: 245.9,
  employmentEnd: 328.3,
  changePercent: 33.5,
  openingsThousands: 23.4,
  medianWage: 112_590,
  wageDate: 'May 2024',
  provenance: { origin: 'catalog', articleIds: [] },
}

function fact(term: string): HTMLElement | null {
  return within(screen.getByRole('region')).getByText(term).nextElementSibling as HTMLElement | null
}

describe('ProjectionSection', () => {
  it('states the change in jobs, in whole jobs rather than thousands', () => {
    render(ProjectionSection, { id: 'projection', projection })
    expect(
      screen.getByRole('region', { name: 'Employment projection 2024–34' }),
    ).toBeInTheDocument()
    expect(fact('Employment change')).toHaveTextContent(
      '+33.5%, from 245,900 jobs in 2024 to 328,300 in 2034',
    )
    expect(fact('Openings a year')).toHaveTextContent('about 23,400, on average')
    expect(fact('Median annual wage')).toHaveTextContent('$112,590 (May 2024)')
  })

  it('writes a decline without a plus sign, and says when BLS shows no wage', () => {
    render(ProjectionSection, {
      id: 'projection',
      projection: { ...projection, changePercent: -4, medianWage: undefined },
    })
    expect(fact('Employment change')).toHaveTextContent(/^-4%, from/)
    expect(fact('Median annual wage')).toHaveTextContent('not published by BLS')
  })

  it('says when the figures are for a wider group than the role', () => {
    render(ProjectionSection, {
      id: 'projection',
      projection: { ...projection, widerGroup: true },
    })
    expect(
      screen.getByText(
        /These figures are for the wider group Data scientists \(SOC 15-2051\): BLS projects no figure for this role alone\./,
      ),
    ).toBeInTheDocument()
  })

  it('cites BLS', () => {
    render(ProjectionSection, { id: 'projection', projection })
    expect(screen.getByText(/^Source: U\.S\. Bureau of Labor Statistics/)).toBeInTheDocument()
    expect(screen.queryByText(/wider group/)).toBeNull()
  })
})
