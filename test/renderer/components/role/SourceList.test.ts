import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import SourceList from '../../../../src/renderer/src/components/role/SourceList.svelte'
import type { NumberedSource } from '../../../../src/renderer/src/lib/sources'

const seed: NumberedSource = {
  number: 1,
  article: { id: 'seed', title: 'Data Manager vs. AI Programmer', published: '2023-12-06' },
  imported: false,
}
const mine: NumberedSource = {
  number: 2,
  article: { id: 'mine', title: 'Prompt Engineer vs. Data Manager' },
  imported: true,
}

function region(): HTMLElement {
  return screen.getByRole('region', { name: 'Where this comes from' })
}

describe('SourceList', () => {
  it('lists the cited articles under their numbers, with their dates', () => {
    render(SourceList, { sources: new Map([['seed', seed]]) })
    const [first] = within(region()).getAllByRole('listitem')
    expect(first).toHaveAttribute('value', '1')
    expect(first).toHaveTextContent('Data Manager vs. AI Programmer · published 6 Dec 2023')
    expect(region()).toHaveTextContent("Texts are written in Role Atlas's own words.")
  })

  it('marks an article the user imported, and says its wording is kept', () => {
    render(SourceList, {
      sources: new Map([
        ['seed', seed],
        ['mine', mine],
      ]),
    })
    const items = within(region()).getAllByRole('listitem')
    expect(items[1]).toHaveTextContent('Prompt Engineer vs. Data Manager · imported by you')
    expect(region()).toHaveTextContent(
      "Texts from articles you imported keep the article's wording",
    )
  })

  it('says when everything on the page was added by the user', () => {
    render(SourceList, { sources: new Map() })
    expect(within(region()).getByText('Everything on this page was added by you.')).toBeVisible()
    expect(within(region()).queryByRole('list')).toBeNull()
  })
})
