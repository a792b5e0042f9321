import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { ProgressKey } from '@shared/domain/progress/types'
import { useTempDir } from '../../store/helpers'
import { appError, openServices, taxonomy } from '../progress/fixture'

describe('PlansService.addKeys', () => {
  const tempDir = useTempDir()

  it('appends the new keys in the given order, each once, labelled from the catalog', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'empty' }, title: 'Gaps' })
    await plans.addKeys({ id: plan.id, keys: ['skill:python'] })
    const tip = store.data.roles.flatMap((role) => role.sections.tips)[0]
    if (!tip) throw new Error('the catalog has no tips')

    const view = await plans.addKeys({
      id: plan.id,
      keys: ['skill:docker', 'skill:python', `tip:${tip.id}`, 'skill:sql', 'skill:docker'],
    })
    expect(view.items.map(({ key, label, group }) => ({ key, label, group }))).toEqual([
      { key: 'skill:python', label: 'Python', group: 'skills' },
      { key: 'skill:docker', label: 'Docker', group: 'tools' },
      { key: `tip:${tip.id}`, label: tip.text.trim(), group: 'tips' },
      { key: 'skill:sql', label: 'SQL', group: 'skills' },
    ])
  })

  it('writes nothing when every key is already there', async () => {
    const { plans, clock, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    const keys = plan.items.map((item) => item.key).slice(0, 3)
    const before = await readFile(store.filePath, 'utf8')
    clock.advance(5)

    const view = await plans.addKeys({ id: plan.id, keys })
    expect(view).toEqual(plan)
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
  })

  it('refuses unknown keys, industries and unknown plans, changing nothing', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'empty' } })
    const before = await readFile(store.filePath, 'utf8')

    const unknown = await appError('not-found', () =>
      plans.addKeys({ id: plan.id, keys: ['skill:python', 'skill:astrophysics'] }),
    )
    expect(unknown.message).toBe('There is no skill or tool with the id "astrophysics".')
    await appError('not-found', () => plans.addKeys({ id: plan.id, keys: ['tip:fly-to-the-moon'] }))
    await appError('not-found', () => plans.addKeys({ id: 'nope', keys: ['skill:python'] }))
    const industry = taxonomyIndustry(store.data.roles.flatMap((role) => role.sections.industries))
    await appError('invalid-input', () =>
      plans.addKeys({ id: plan.id, keys: [`skill:${industry}`] }),
    )
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
  })

  it('refuses going past 2,000 items and changes nothing', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'empty' } })
    await store.update((db) => {
      db.plans = db.plans.map((stored) =>
        stored.id === plan.id
          ? {
              ...stored,
              items: Array.from({ length: 1999 }, (_, i) => ({
                key: `custom:filler-${i}` as const,
                label: `Filler ${i}`,
                group: 'custom' as const,
              })),
            }
          : stored,
      )
    })
    const before = await readFile(store.filePath, 'utf8')

    const error = await appError('invalid-input', () =>
      plans.addKeys({ id: plan.id, keys: ['skill:python', 'skill:sql'] }),
    )
    expect(error.message).toBe('A plan can hold at most 2000 items.')
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
    const one = await plans.addKeys({ id: plan.id, keys: ['skill:python'] })
    expect(one.items).toHaveLength(2000)
  })

  it('makes a plan with keys in one write, after the source items', async () => {
    const { plans } = await openServices(tempDir())
    const keys: ProgressKey[] = ['skill:python', 'skill:docker', 'skill:python']
    const empty = await plans.create({ source: { kind: 'empty' }, title: 'Gaps', keys })
    expect(empty.items.map((item) => item.key)).toEqual(['skill:python', 'skill:docker'])

    const source = { kind: 'role', roleId: 'ai-programmer' } as const
    const plain = await plans.create({ source })
    const extra = taxonomy.entities.find(
      (entity) =>
        entity.kind === 'tool' && !plain.items.some((item) => item.key === `skill:${entity.id}`),
    )
    if (!extra) throw new Error('the role needs every tool')
    const fromRole = await plans.create({
      source,
      keys: ['skill:python', `skill:${extra.id}`],
    })
    expect(fromRole.items.map((item) => item.key)).toEqual([
      ...plain.items.map((item) => item.key),
      `skill:${extra.id}`,
    ])
    await appError('not-found', () =>
      plans.create({ source: { kind: 'empty' }, keys: ['skill:astrophysics'] }),
    )
    expect(plans.list(true)).toHaveLength(3)
  })
})

/** The id of an industry some role links. */
function taxonomyIndustry(items: { entityIds: string[] }[]): string {
  const id = items.flatMap((item) => item.entityIds)[0]
  if (!id) throw new Error('no role links an industry')
  return id
}
