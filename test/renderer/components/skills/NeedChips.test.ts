import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import NeedChips from '../../../../src/renderer/src/components/skills/NeedChips.svelte'
import { need } from './fit-fixture'

describe('NeedChips', () => {
  it('marks what you have with a tick and what is to learn with a plus, not by colour alone', () => {
    render(NeedChips, { label: 'You have', kind: 'have', needs: [need('SQL', 4)], limit: 6 })
    render(NeedChips, {
      label: 'To learn',
      kind: 'learn',
      needs: [need('Python', 0, { rated: false }), need('R', 1)],
      limit: 6,
    })
    const have = within(screen.getByRole('list', { name: 'You have' })).getByRole('listitem')
    expect(have).toHaveTextContent('✓ SQL')
    const learn = within(screen.getByRole('list', { name: 'To learn' })).getAllByRole('listitem')
    expect(learn.map((chip) => chip.textContent?.trim())).toEqual(['+ Python', '+ R'])
    expect(learn[0]).toHaveAttribute('title', 'Skill · your level: not rated')
    expect(learn[1]).toHaveAttribute('title', 'Skill · your level: Aware')
  })
})
