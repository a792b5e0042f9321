import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import CatalogProfileSections from '../../../../src/renderer/src/components/role/CatalogProfileSections.svelte'
import WiderOccupationNote from '../../../../src/renderer/src/components/role/WiderOccupationNote.svelte'
import { DATASET_SOURCES, ONET_ATTRIBUTION } from '@shared/domain/catalog-sources'
import type { RoleProfile } from '@shared/domain/role-profile'

const cites = { origin: 'catalog' as const, articleIds: [] }

const profile: RoleProfile = {
  onetCode: '15-2051.01',
  summaryProvenance: cites,
  sourceIds: ['onet-29.3', 'bls-ep-2024-34'],
  education: {
    typicalEntry: "Bachelor's degree",
    requiredLevels: [
      { level: "Bachelor's degree", percent: 70 },
      { level: "Master's degree", percent: 30 },
    ],
    jobZone: { zone: 4, name: 'Job Zone Four: Considerable Preparation Needed' },
    provenance: cites,
  },
  projection: {
    groupTitle: 'Data scientists',
    groupCode: '15-2051',
    widerGroup: true,
    period: '2024–34',
    employmentStart: 245.9,
    employmentEnd: 328.3,
    changePercent: 33.5,
    openingsThousands: 23.4,
    medianWage: 112590,
    wageDate: 'May 2024',
    provenance: cites,
  },
  related: [
    { title: 'Statisticians', roleId: 'statistician', provenance: cites },
    { title: 'Actuaries', provenance: cites },
  ],
  widerOccupations: [],
  salaryTitles: [
    { title: 'Business Intelligence Analyst', rows: 449 },
    { title: 'BI Analyst', rows: 131 },
  ],
  toolsListed: 200,
  gaps: [{ section: 'industries', note: 'O*NET has no industry data.' }],
}

function renderProfile(): void {
  render(CatalogProfileSections, {
    profile,
    sources: DATASET_SOURCES.slice(0, 2),
    fromOnet: true,
  })
}

describe('the sections catalog 2 adds to a role page', () => {
  it('says the BLS figures are for the wider group, with openings and the median wage', () => {
    renderProfile()
    const panel = screen.getByRole('region', { name: 'Employment projection 2024–34' })
    expect(panel).toHaveTextContent(
      'These figures are for the wider group Data scientists (SOC 15-2051)',
    )
    expect(panel).toHaveTextContent('+33.5%, from 245,900 jobs in 2024 to 328,300 in 2034')
    expect(panel).toHaveTextContent('about 23,400, on average')
    expect(panel).toHaveTextContent('$112,590 (May 2024)')
  })

  it('shows the entry level, the job zone and the share of each required level', () => {
    renderProfile()
    const panel = screen.getByRole('region', { name: 'Education and preparation' })
    expect(panel).toHaveTextContent("Typical entry level Bachelor's degree")
    expect(panel).toHaveTextContent('Job zone 4 of 5: Considerable Preparation Needed')
    const levels = within(panel).getByRole('list', {
      name: 'Level of education workers say the job requires',
    })
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ')),
    ).toEqual(["Bachelor's degree 70%", "Master's degree 30%"])
  })

  it('links related roles the library has and names the others', () => {
    renderProfile()
    const panel = screen.getByRole('region', { name: 'Related roles' })
    expect(within(panel).getByRole('link', { name: 'Statisticians' })).toHaveAttribute(
      'href',
      '#/roles/statistician',
    )
    expect(panel).toHaveTextContent('Actuaries (not in the library)')
  })

  it('names its sources with the O*NET attribution word for word, its salary titles and gaps', () => {
    renderProfile()
    const panel = screen.getByRole('region', { name: 'Sources and coverage' })
    expect(within(panel).getByText(ONET_ATTRIBUTION)).toBeInTheDocument()
    expect(panel).toHaveTextContent(
      '“Business Intelligence Analyst” (449 answers) and “BI Analyst” (131 answers)',
    )
    expect(panel).toHaveTextContent('Common industries: O*NET has no industry data.')
    expect(panel).toHaveTextContent('O*NET lists 200 technologies for this occupation')
  })
})

describe('WiderOccupationNote', () => {
  it('offers the O*NET occupation that lists a seed role’s title as the wider occupation', () => {
    render(WiderOccupationNote, {
      occupations: [
        {
          roleId: 'data-scientist',
          title: 'Data Scientists',
          onetCode: '15-2051.00',
          via: 'Machine Learning Engineer',
        },
      ],
    })
    expect(screen.getByText('The wider occupation:')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Data Scientists' })).toHaveAttribute(
      'href',
      '#/roles/data-scientist',
    )
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'O*NET 15-2051.00, which lists “Machine Learning Engineer” among its titles',
    )
  })
})
