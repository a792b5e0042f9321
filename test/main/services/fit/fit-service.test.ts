import { describe, expect, it } from 'vitest'
import { FitService } from '../../../../src/main/services/fit/fit-service'
import { roleNeeds } from '@shared/domain/fit'
import { useTempDir } from '../../store/helpers'
import { appError, openServices, taxonomy } from '../progress/fixture'

const entities = new Map(taxonomy.entities.map((entity) => [entity.id, entity]))

async function open(dir: string) {
  const services = await openServices(dir)
  return { ...services, fit: new FitService(services.store, taxonomy, { now: services.clock.now }) }
}

describe('FitService', () => {
  const tempDir = useTempDir()

  it('lists every skill and tool the library needs, with how many roles need each', async () => {
    const { fit, store, progress } = await open(tempDir())
    await progress.set({ key: 'skill:python', level: 3 })
    const skills = fit.skills()

    const python = skills.find((entry) => entry.entityId === 'python')
    const needing = store.data.roles.filter((role) =>
      roleNeeds(role, entities, new Map()).some((need) => need.entityId === 'python'),
    )
    expect(needing.length).toBeGreaterThan(2)
    expect(python).toMatchObject({ name: 'Python', key: 'skill:python', level: 3 })
    expect(python?.roleCount).toBe(needing.length)
    expect(skills.every((entry) => entry.kind !== 'industry' && entry.roleCount > 0)).toBe(true)
    expect(skills.map((entry) => entry.name)).toEqual(
      skills.map((entry) => entry.name).sort((a, b) => a.localeCompare(b, 'en')),
    )
    expect(new Set(skills.map((entry) => entry.entityId)).size).toBe(skills.length)
  })

  it('ranks every role by fit, and the ranking follows progress:set', async () => {
    const { fit, store, progress } = await open(tempDir())
    const before = fit.ranking()
    expect(before).toHaveLength(store.data.roles.length)
    expect(before.every((role) => role.score === 0)).toBe(true)
    expect(before.map((role) => role.roleName)).toEqual(
      before.map((role) => role.roleName).sort((a, b) => a.localeCompare(b, 'en')),
    )

    const target = fit.role('ai-programmer')
    for (const need of target.needs) await progress.set({ key: need.key, level: 4 })
    const after = fit.ranking()
    expect(after[0]).toMatchObject({ roleId: 'ai-programmer', score: 100, gaps: [] })
    const scores = after.map((role) => role.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('gives one role its needs, strengths, gaps and history', async () => {
    const { fit, progress, clock } = await open(tempDir())
    const { needs } = fit.role('ai-programmer')
    const [first, second] = needs
    if (!first || !second) throw new Error('the role needs at least two things')
    await progress.set({ key: first.key, level: 4 })
    clock.nextDay(40)
    await progress.set({ key: second.key, level: 1 })

    const detail = fit.role('ai-programmer')
    expect(detail.strengths.map((need) => need.key)).toEqual([first.key])
    expect(detail.gaps.map((need) => need.key)).toContain(second.key)
    // Nothing was rated before November 2026, so the history starts there, not with zeros.
    expect(detail.history).toHaveLength(3)
    expect(detail.history.at(-1)).toEqual({ date: '2027-01-02', score: detail.score })
    // 23 Nov 2026: level 4 on the first need; the end of November already counts it.
    expect(detail.history.at(-3)?.date).toBe('2026-11-30')
    expect(detail.history.at(-3)?.score).toBeGreaterThan(0)
    expect(detail.history.at(-3)?.score).toBeLessThan(detail.score)
  })

  it('answers not-found for an unknown role', async () => {
    const { fit } = await open(tempDir())
    const error = await appError('not-found', () => fit.role('astronaut'))
    expect(error.message).toBe('There is no role with the id "astronaut".')
  })
})
