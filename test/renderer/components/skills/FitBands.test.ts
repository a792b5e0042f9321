import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import FitBands from '../../../../src/renderer/src/components/skills/FitBands.svelte'

describe('FitBands', () => {
  it('says what a score means in words', () => {
    render(FitBands, { score: 55 })
    expect(screen.getByText('Within reach').closest('p')).toHaveTextContent(
      'Within reach: a focused plan on the top gaps below gets you there.',
    )
  })

  it('puts a score on a band’s lower edge in that band', () => {
    render(FitBands, { score: 75 })
    expect(screen.getByText('Strong fit', { selector: 'strong' })).toBeInTheDocument()
  })

  it('gives no verdict without a score, but still explains the bands', async () => {
    render(FitBands, {})
    expect(screen.queryAllByText(/./, { selector: 'strong' })).toHaveLength(0)
    await userEvent.click(screen.getByText('What a good fit looks like'))
    const terms = screen.getAllByRole('term').map((term) => term.textContent)
    expect(terms[0]).toBe('75–100: Strong fit')
    expect(terms[1]).toBe('50–74: Within reach')
    expect(terms.at(-1)).toMatch(/^0–24: /)
  })

  it('covers every score from 0 to 100 without a gap', async () => {
    render(FitBands, {})
    await userEvent.click(screen.getByText('What a good fit looks like'))
    const ranges = screen.getAllByRole('term').map((term) =>
      /^(\d+)–(\d+)/
        .exec(term.textContent ?? '')
        ?.slice(1)
        .map(Number),
    )
    const sorted = ranges
      .map((range) => range ?? [NaN, NaN])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    expect(sorted[0]?.[0]).toBe(0)
    expect(sorted.at(-1)?.[1]).toBe(100)
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]?.[0]).toBe((sorted[i - 1]?.[1] ?? NaN) + 1)
    }
  })
})
