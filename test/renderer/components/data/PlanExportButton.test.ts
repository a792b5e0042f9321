import { render, screen, waitFor } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import PlanExportButton from '../../../../src/renderer/src/components/data/PlanExportButton.svelte'
import { toasts } from '../../../../src/renderer/src/lib/state/toasts.svelte'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../../fake-api'

describe('PlanExportButton', () => {
  it('offers Markdown and CSV, with focus on the first choice', async () => {
    installFakeApi({})
    const user = userEvent.setup()
    render(PlanExportButton, { id: 'plan-1' })
    const button = screen.getByRole('button', { name: 'Export…' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const choices = screen.getByRole('group', { name: 'Export this plan as' })
    expect(choices).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Markdown (.md)' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Spreadsheet (.csv)' })).toBeInTheDocument()
  })

  it('closes the choices on Escape', async () => {
    installFakeApi({})
    const user = userEvent.setup()
    render(PlanExportButton, { id: 'plan-1' })
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Export this plan as' })).toBeNull()
  })

  it('exports the plan in the format picked and says where the file went', async () => {
    const asked: unknown[] = []
    installFakeApi({
      'plans:export': (input) => {
        asked.push(input)
        return { saved: true, path: '/home/maria/Evening study.csv' }
      },
    })
    const user = userEvent.setup()
    render(PlanExportButton, { id: 'plan-1' })
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    await user.click(screen.getByRole('button', { name: 'Spreadsheet (.csv)' }))
    await waitFor(() =>
      expect(toasts.latest?.message).toBe('Saved to /home/maria/Evening study.csv.'),
    )
    expect(asked).toEqual([{ id: 'plan-1', format: 'csv' }])
    expect(screen.queryByRole('group', { name: 'Export this plan as' })).toBeNull()
  })

  it('shows that it is busy until the file is written', async () => {
    let finish: (value: { saved: false }) => void = () => undefined
    installFakeApi({
      'plans:export': () =>
        new Promise((resolve) => {
          finish = resolve
        }),
    })
    const user = userEvent.setup()
    render(PlanExportButton, { id: 'plan-1' })
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    await user.click(screen.getByRole('button', { name: 'Markdown (.md)' }))
    expect(await screen.findByRole('button', { name: 'Exporting…' })).toBeDisabled()
    finish({ saved: false })
    expect(await screen.findByRole('button', { name: 'Export…' })).toBeEnabled()
  })

  it('says why an export failed', async () => {
    installFakeApi({
      'plans:export': () => {
        throw new AppError('not-found', 'This plan was deleted.')
      },
    })
    const user = userEvent.setup()
    render(PlanExportButton, { id: 'plan-1' })
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    await user.click(screen.getByRole('button', { name: 'Markdown (.md)' }))
    await waitFor(() => expect(toasts.latest?.message).toBe('This plan was deleted.'))
  })
})
