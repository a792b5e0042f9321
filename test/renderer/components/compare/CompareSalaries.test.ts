import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import CompareSalaries from '../../../../src/renderer/src/components/compare/CompareSalaries.svelte'
import { installFakeApi } from '../../fake-api'

describe('CompareSalaries', () => {
  it('comes once the table above has painted, then asks main for the figures', async () => {
    const asked: string[][] = []
    installFakeApi({
      'salaries:compare': ({ roleIds }) => {
        asked.push(roleIds)
        return []
      },
    })
    render(CompareSalaries, { roleIds: ['analyst', 'manager'] })
    // Not in the update that draws the comparison: it would add to the paint waited for.
    expect(
      screen.queryByRole('heading', { name: 'What the salary index says they pay' }),
    ).not.toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'What the salary index says they pay' }),
    ).toBeInTheDocument()
    expect(asked).toEqual([['analyst', 'manager']])
  })
})
