import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../store/helpers'
import { openServices } from './fixture'

describe('ProgressService.dashboard', () => {
  const tempDir = useTempDir()

  /**
   * 23 Nov: a plan for AI Programmer, a tip done, Python started. 24 Nov: Python done.
   * 25 Nov: nothing. 26 Nov (today): an own plan with one item done, SQL done off-plan.
   */
  async function fourDays(): Promise<Awaited<ReturnType<typeof openServices>>> {
    const services = await openServices(tempDir())
    const { progress, plans, clock } = services
    await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    await progress.set({ key: 'tip:learn-programming', status: 'done' })
    await progress.set({ key: 'skill:python', status: 'learning' })
    clock.nextDay()
    await progress.set({ key: 'skill:python', status: 'done', level: 3 })
    clock.nextDay(2)
    const own = await plans.create({ source: { kind: 'empty' }, title: 'Side quests' })
    const withItem = await plans.addItem({ id: own.id, label: 'Write a blog post' })
    await progress.set({ key: withItem.items[0]?.key ?? 'custom:missing', status: 'done' })
    await progress.set({ key: 'skill:sql', status: 'done' })
    return services
  }

  it('shows today: every plan, readiness, a 365-day calendar, the streak and recent events', async () => {
    const { store, progress } = await fourDays()
    const dashboard = progress.dashboard()

    expect(dashboard.asOf).toBe('2026-11-26')
    expect(dashboard.plans.map((summary) => [summary.title, summary.counts.done])).toEqual([
      ['Side quests', 1],
      ['AI Programmer plan', 2],
    ])
    expect(dashboard.readiness).toHaveLength(store.data.roles.length)
    expect(dashboard.calendar).toHaveLength(365)
    expect(dashboard.calendar.at(-1)).toEqual({ date: '2026-11-26', count: 2 })
    expect(dashboard.calendar.slice(-4).map((day) => day.count)).toEqual([1, 1, 0, 2])
    expect(dashboard.streak).toBe(1)
    expect(dashboard.recent.map((event) => [event.label, event.summary])).toEqual([
      ['SQL', 'Marked done'],
      ['Write a blog post', 'Marked done'],
      ['Python', 'Marked done, level set to 3'],
      ['Python', 'Started learning'],
      ['Learn to program in Python, Java or C++.', 'Marked done'],
    ])
    expect(dashboard.recent[0]).toMatchObject({
      key: 'skill:sql',
      cause: 'edit',
      statusBefore: 'todo',
      statusAfter: 'done',
    })
    await store.close()
  })

  it('shows a past day as it was then, replayed from the log', async () => {
    const { store, progress } = await fourDays()
    const dashboard = progress.dashboard('2026-11-24')

    expect(dashboard.asOf).toBe('2026-11-24')
    expect(dashboard.plans.map((summary) => [summary.title, summary.counts.done])).toEqual([
      ['AI Programmer plan', 2],
    ])
    expect(dashboard.calendar.at(-1)).toEqual({ date: '2026-11-24', count: 1 })
    expect(dashboard.streak).toBe(2)
    expect(dashboard.recent.map((event) => event.key)).toEqual([
      'skill:python',
      'skill:python',
      'tip:learn-programming',
    ])
    const before = progress.dashboard('2026-11-22')
    expect(before.plans).toEqual([])
    expect(before.recent).toEqual([])
    expect(before.readiness.every((readiness) => readiness.percent === 0)).toBe(true)
    await store.close()
  })

  it('leaves archived and deleted plans out, and keeps the 20 newest events', async () => {
    const { store, progress, plans, clock } = await openServices(tempDir())
    const kept = await plans.create({ source: { kind: 'role', roleId: 'data-manager' } })
    const archived = await plans.create({ source: { kind: 'empty' }, title: 'Old' })
    const deleted = await plans.create({ source: { kind: 'empty' }, title: 'Gone' })
    await plans.update({ id: archived.id, archived: true })
    await plans.delete(deleted.id)
    for (let i = 0; i < 13; i++) {
      clock.advance(1)
      await progress.set({ key: 'skill:erwin', status: i % 2 === 0 ? 'learning' : 'done' })
    }
    for (let i = 0; i < 12; i++) {
      clock.advance(1)
      await progress.set({ key: 'tip:learn-databases', notes: `Note ${i}` })
    }

    const dashboard = progress.dashboard()
    expect(dashboard.plans.map((summary) => summary.id)).toEqual([kept.id])
    expect(dashboard.recent).toHaveLength(20)
    expect(dashboard.recent[0]).toMatchObject({
      key: 'tip:learn-databases',
      summary: 'Notes changed',
    })
    expect(dashboard.recent.at(-1)?.key).toBe('skill:erwin')
    expect(dashboard.recent[0]?.label).toBe(
      kept.items.find((item) => item.key === 'tip:learn-databases')?.label,
    )
    await store.close()
  })
})
