import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ToastRegion from '../../../src/renderer/src/components/app/ToastRegion.svelte'
import { PlanScreen } from '../../../src/renderer/src/components/plan/plan-screen.svelte'
import PlanView from '../../../src/renderer/src/views/PlanView.svelte'
import { EMPTY_PROGRESS, type ProgressRecord } from '@shared/domain/progress/types'
import type { PlanItemDetail, PlanDetail } from '@shared/domain/progress/views'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const at = '2026-11-29T08:00:00.000Z'
const item = (key: PlanItemDetail['key'], label: string): PlanItemDetail => ({
  key,
  label,
  group: 'custom',
  state: EMPTY_PROGRESS,
  updatedAt: undefined,
  alsoIn: [],
})
const plan: PlanDetail = {
  id: 'plan-1',
  title: 'Evening study',
  source: { kind: 'empty' },
  sourceLabel: 'Your own plan',
  archived: false,
  createdAt: at,
  updatedAt: at,
  counts: { total: 2, done: 0, learning: 0, skipped: 0, todo: 2, percent: 0 },
  items: [item('custom:read-guide', 'Read the guide'), item('custom:first-query', 'Write a query')],
}

/** A promise and the function that settles it, so a test can look while a call is pending. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

/** Main's answer to ticking "Read the guide" done. */
const savedDone = () => ({
  value: {
    key: 'custom:read-guide' as const,
    ...EMPTY_PROGRESS,
    status: 'done' as const,
    updatedAt: at,
  },
  batchId: 'batch-1',
})

/** Opens today's plan and ticks its first item done; returns the view and that Done radio. */
async function openAndTickFirstDone() {
  const view = render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
  await screen.findByText('Read the guide')
  const [firstDone] = screen.getAllByRole('radio', { name: 'Done' })
  if (firstDone) await userEvent.click(firstDone)
  return { view, firstDone }
}

/** Lets pending answers and the updates they cause run. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50))
}

describe('PlanView', () => {
  it('shows a new status at once and recounts, without fetching the plan again', async () => {
    const saved = deferred<ProgressRecord>()
    const get = vi.fn(() => plan)
    installFakeApi({
      'plans:get': get,
      'progress:set': async () => ({ value: await saved.promise, batchId: 'batch-1' }),
    })
    render(ToastRegion)
    const { firstDone } = await openAndTickFirstDone()
    // Main has not answered yet: the plan already shows the item done and counts it.
    expect(firstDone).toBeChecked()
    expect(screen.getByText(/1 of 2 done/)).toBeInTheDocument()
    saved.resolve({ key: 'custom:read-guide', ...EMPTY_PROGRESS, status: 'done', updatedAt: at })
    await vi.waitFor(() => expect(screen.getByText('50%')).toBeInTheDocument())
    expect(get).toHaveBeenCalledTimes(1)
  })

  it('shows the state main saved when it differs from the one clicked', async () => {
    installFakeApi({
      'plans:get': () => plan,
      'progress:set': () => ({
        value: { key: 'custom:read-guide', ...EMPTY_PROGRESS, status: 'learning', updatedAt: at },
        batchId: 'batch-1',
      }),
    })
    await openAndTickFirstDone()
    const [firstLearning] = screen.getAllByRole('radio', { name: 'Learning' })
    await vi.waitFor(() => expect(firstLearning).toBeChecked())
    expect(screen.getByText(/0 of 2 done/)).toBeInTheDocument()
  })

  it('says why a change failed and shows the plan as main holds it', async () => {
    const get = vi.fn(() => plan)
    installFakeApi({
      'plans:get': get,
      'progress:set': () => {
        throw new AppError('not-found', 'There is no plan item with the key "x".')
      },
    })
    render(ToastRegion)
    await openAndTickFirstDone()
    expect(await screen.findByText(/There is no plan item/)).toBeInTheDocument()
    await vi.waitFor(() => expect(screen.getByText(/0 of 2 done/)).toBeInTheDocument())
    expect(get).toHaveBeenCalledTimes(2)
  })

  it('shows the plan as main holds it once it is fetched again after ticks', async () => {
    const learning = { ...EMPTY_PROGRESS, status: 'learning' as const }
    const gets = [
      plan,
      { ...plan, items: plan.items.map((each) => ({ ...each, state: learning })) },
    ]
    installFakeApi({
      'plans:get': () => gets.shift() ?? plan,
      'progress:set': savedDone,
      'plans:moveItem': () => plan,
    })
    const { firstDone } = await openAndTickFirstDone()
    expect(firstDone).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: 'Move Read the guide down' }))
    await vi.waitFor(() =>
      expect(
        screen
          .getAllByRole<HTMLInputElement>('radio', { name: 'Learning' })
          .every((radio) => radio.checked),
      ).toBe(true),
    )
    expect(firstDone).not.toBeChecked()
  })

  it('keeps a tick main is still saving on screen when the plan is fetched again', async () => {
    const saved = deferred<ProgressRecord>()
    installFakeApi({
      'plans:get': () => plan,
      'progress:set': async () => ({ value: await saved.promise, batchId: 'batch-1' }),
      'plans:moveItem': () => plan,
    })
    const { firstDone } = await openAndTickFirstDone()
    // The plan comes back from main without the tick, which main is still saving.
    await userEvent.click(screen.getByRole('button', { name: 'Move Write a query up' }))
    await settled()
    expect(firstDone).toBeChecked()
    saved.resolve({ key: 'custom:read-guide', ...EMPTY_PROGRESS, status: 'done', updatedAt: at })
    await settled()
    expect(firstDone).toBeChecked()
    expect(screen.getByText(/1 of 2 done/)).toBeInTheDocument()
  })

  it('lets the later of two quick ticks on an item decide what it shows', async () => {
    const answers = [deferred<ProgressRecord>(), deferred<ProgressRecord>()]
    let sent = 0
    installFakeApi({
      'plans:get': () => plan,
      'progress:set': async () => {
        const answer = answers[sent++]
        if (!answer) throw new Error('one tick too many')
        return { value: await answer.promise, batchId: `batch-${sent}` }
      },
    })
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('Read the guide')
    const [firstLearning] = screen.getAllByRole('radio', { name: 'Learning' })
    const [firstDone] = screen.getAllByRole('radio', { name: 'Done' })
    if (!firstLearning || !firstDone) throw new Error('the plan shows no status controls')
    await userEvent.click(firstLearning)
    await userEvent.click(firstDone)
    await vi.waitFor(() => expect(sent).toBe(2))
    const record = { key: 'custom:read-guide' as const, ...EMPTY_PROGRESS, updatedAt: at }
    answers[0]?.resolve({ ...record, status: 'learning' })
    await settled()
    expect(firstDone).toBeChecked()
    answers[1]?.resolve({ ...record, status: 'done' })
    await settled()
    expect(firstDone).toBeChecked()
  })

  it('shows no tick of today in the plan as it was on an earlier day', async () => {
    const saved = deferred<ProgressRecord>()
    installFakeApi({
      'plans:get': () => plan,
      'progress:set': async () => ({ value: await saved.promise, batchId: 'batch-1' }),
    })
    const { view, firstDone } = await openAndTickFirstDone()
    await view.rerender({ id: 'plan-1', asOf: '2026-11-01', onasofchange: vi.fn() })
    await vi.waitFor(() => expect(firstDone).not.toBeChecked())
    saved.resolve({ key: 'custom:read-guide', ...EMPTY_PROGRESS, status: 'done', updatedAt: at })
    await settled()
    expect(firstDone).not.toBeChecked()
    expect(screen.getByText(/0 of 2 done/)).toBeInTheDocument()
  })

  it('keeps saved ticks on screen when fetching the plan again fails', async () => {
    let gets = 0
    installFakeApi({
      'plans:get': () => {
        gets++
        if (gets > 1) throw new AppError('internal', 'The plan could not be read.')
        return plan
      },
      'progress:set': savedDone,
      'plans:moveItem': () => plan,
    })
    const { firstDone } = await openAndTickFirstDone()
    await settled()
    await userEvent.click(screen.getByRole('button', { name: 'Move Write a query up' }))
    await vi.waitFor(() => expect(gets).toBe(2))
    await settled()
    expect(firstDone).toBeChecked()
  })

  it('draws a long group 20 rows first, then 50 more on each request', async () => {
    const items = Array.from({ length: 80 }, (_, n) => item(`custom:item-${n}`, `Item ${n}`))
    installFakeApi({ 'plans:get': () => ({ ...plan, items }) })
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('Item 19')
    expect(screen.queryByText('Item 20')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more of the 60 not shown' }))
    expect(screen.getByText('Item 69')).toBeInTheDocument()
    expect(screen.queryByText('Item 70')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Show 10 more of the 10 not shown' }))
    expect(screen.getByText('Item 79')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /more of the/ })).toBeNull()
  })

  it('draws again only the ticked row, on the first tick after the plan opens too', async () => {
    const items = Array.from({ length: 30 }, (_, n) => item(`custom:item-${n}`, `Item ${n}`))
    installFakeApi({
      'plans:get': () => ({ ...plan, items }),
      'progress:set': (input) => ({
        value: { ...EMPTY_PROGRESS, ...input, updatedAt: at },
        batchId: 'batch-1',
      }),
    })
    // Each drawing of a row works out what its item shows through asShown: counted by item.
    const drawn = vi.spyOn(PlanScreen.prototype, 'asShown')
    const drawnLabels = () => drawn.mock.calls.map(([shown]) => shown.label)
    try {
      render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
      await screen.findByText('Item 19')
      expect(drawnLabels()).toHaveLength(20)
      drawn.mockClear()
      const tick = async (label: string, status: 'Done' | 'Learning') => {
        const group = screen.getByRole('radiogroup', { name: `Status of ${label}` })
        await userEvent.click(within(group).getByRole('radio', { name: status }))
        await settled()
      }
      await tick('Item 0', 'Done')
      expect(drawnLabels()).toEqual(['Item 0'])
      drawn.mockClear()
      await tick('Item 7', 'Learning')
      expect(drawnLabels()).toEqual(['Item 7'])
      const shown = (label: string) =>
        within(screen.getByRole('radiogroup', { name: `Status of ${label}` }))
      expect(shown('Item 0').getByRole('radio', { name: 'Done' })).toBeChecked()
      expect(shown('Item 7').getByRole('radio', { name: 'Learning' })).toBeChecked()
    } finally {
      drawn.mockRestore()
    }
  })

  it('offers moving up and down except past either end of the whole group', async () => {
    const items = Array.from({ length: 22 }, (_, n) => item(`custom:item-${n}`, `Item ${n}`))
    installFakeApi({ 'plans:get': () => ({ ...plan, items }) })
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('Item 19')
    const move = (name: string) => screen.getByRole('button', { name: `Move ${name}` })
    expect(move('Item 0 up')).toBeDisabled()
    expect(move('Item 0 down')).toBeEnabled()
    // The last row drawn is not the last of its group, so it can still move down.
    expect(move('Item 19 down')).toBeEnabled()
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more of the 2 not shown' }))
    expect(move('Item 19 down')).toBeEnabled()
    expect(move('Item 21 up')).toBeEnabled()
    expect(move('Item 21 down')).toBeDisabled()
  })

  it('keeps focus on the move button after moving, and on the next row after removing', async () => {
    const three = [...plan.items, item('custom:review', 'Review it')]
    let items = three
    installFakeApi({
      'plans:get': () => ({ ...plan, items }),
      'plans:moveItem': () => plan,
      'plans:removeItem': () => {
        items = items.filter((each) => each.key !== 'custom:first-query')
        return plan
      },
    })
    render(ToastRegion)
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('Read the guide')
    const down = screen.getByRole('button', { name: 'Move Read the guide down' })
    await userEvent.click(down)
    await vi.waitFor(() => expect(down).toHaveFocus())
    await userEvent.click(screen.getByRole('button', { name: 'Remove Write a query' }))
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Review it' })).toHaveFocus(),
    )
  })

  it('shows the limit of an item before it is reached, and cannot pass it', async () => {
    installFakeApi({ 'plans:get': () => plan })
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    const field = await screen.findByRole('textbox', { name: 'Add your own item' })
    expect(field).toHaveAttribute('maxlength', '500')
    expect(screen.queryByText(/characters left/)).toBeNull()
    await userEvent.click(field)
    await userEvent.paste('x'.repeat(400))
    expect(screen.getByText('100 of 500 characters left')).toBeInTheDocument()
  })

  it('says once that progress is shared with the plans an item is also in', async () => {
    const [first, second] = plan.items
    if (!first || !second) throw new Error('the plan has two items')
    const shared = { ...first, alsoIn: ['ML Engineer plan'] }
    const alsoShared = { ...second, alsoIn: ['ML Engineer plan'] }
    installFakeApi({ 'plans:get': () => ({ ...plan, items: [shared, alsoShared] }) })
    render(PlanView, { id: 'plan-1', asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('Read the guide')
    expect(screen.getAllByText('Also in ML Engineer plan')).toHaveLength(2)
    expect(screen.getAllByText(/share their progress/)).toHaveLength(1)
  })
})
