import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogService } from '../../../../src/main/services/catalog/catalog-service'
import { PlansService } from '../../../../src/main/services/plans/plans-service'
import { ProgressService } from '../../../../src/main/services/progress/progress-service'
import { Store } from '../../../../src/main/store/db'
import type { Catalog } from '@shared/domain/catalog'
import { useTempDir } from '../../store/helpers'
import { catalog, counterIds, taxonomy, testClock } from '../progress/fixture'

/** A later release: a higher version, and every AI Programmer tip and skill reworded. */
function nextRelease(): Catalog {
  return {
    ...catalog,
    version: catalog.version + 1,
    roles: catalog.roles.map((role) =>
      role.id !== 'ai-programmer'
        ? role
        : {
            ...role,
            sections: {
              ...role.sections,
              tips: role.sections.tips.map((tip) => ({ ...tip, text: `Reworded: ${tip.text}` })),
              skills: role.sections.skills.map((skill) => ({
                ...skill,
                text: `New ${skill.text}`,
              })),
            },
          },
    ),
  }
}

describe('progress across catalog updates', () => {
  const tempDir = useTempDir()

  async function boot(release: Catalog) {
    const store = await Store.open(path.join(tempDir(), 'role-atlas.json'))
    await new CatalogService(store, release, taxonomy).boot()
    const options = { now: testClock().now, makeId: counterIds(`v${release.version}`) }
    return {
      store,
      progress: new ProgressService(store, taxonomy, options),
      plans: new PlansService(store, taxonomy, options),
    }
  }

  it('keeps every record and plan item, with the labels they were saved with', async () => {
    const v1 = await boot(catalog)
    const plan = await v1.plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    const own = await v1.plans.addItem({ id: plan.id, label: 'Pair with a mentor' })
    await v1.progress.set({ key: 'tip:learn-programming', status: 'done', notes: 'Python first.' })
    await v1.progress.set({ key: 'skill:python', status: 'learning', level: 2 })
    await v1.progress.set({ key: own.items.at(-1)?.key ?? 'custom:missing', status: 'done' })
    const records = v1.store.data.progress
    const readiness = v1.progress.readiness()
    await v1.store.close()

    const v2 = await boot(nextRelease())
    const tips = v2.store.data.roles.find((role) => role.id === 'ai-programmer')?.sections.tips
    expect(tips?.[0]?.text).toMatch(/^Reworded: /)

    expect(v2.store.data.progress).toEqual(records)
    const after = v2.plans.get(plan.id)
    expect(after.items.map(({ key, label, group }) => ({ key, label, group }))).toEqual(
      own.items.map(({ key, label, group }) => ({ key, label, group })),
    )
    expect(after.items.find((item) => item.key === 'tip:learn-programming')?.state).toMatchObject({
      status: 'done',
      notes: 'Python first.',
    })
    expect(after.counts.done).toBe(2)
    expect(v2.progress.readiness()).toEqual(readiness)

    const fresh = await v2.plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    expect(fresh.items[0]).toMatchObject({
      key: 'tip:learn-programming',
      label: expect.stringMatching(/^Reworded: /),
      state: { status: 'done' },
    })
    await v2.store.close()
  })
})
