import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import SourcesView from '../../../src/renderer/src/views/SourcesView.svelte'
import { installFakeApi } from '../fake-api'

// The attribution the O*NET data README requires, with "[Role Atlas]" filled in.
const ONET_README_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Role Atlas has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.'

describe('SourcesView', () => {
  it('carries the O*NET attribution word for word and the BLS citation', () => {
    installFakeApi({})
    render(SourcesView)
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
    expect(screen.getByText(ONET_README_ATTRIBUTION)).toBeInTheDocument()
    expect(
      screen.getByText(
        'Source: U.S. Bureau of Labor Statistics, Employment Projections program, 2024–34 (Table 1.2); wages from OEWS, May 2024.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'O*NET Database' })).toHaveAttribute(
      'href',
      'https://www.onetcenter.org/database.html',
    )
  })
})
