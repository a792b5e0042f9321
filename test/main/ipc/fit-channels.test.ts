import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import type { RoleFit, RoleFitDetail, SkillEntry } from '@shared/domain/fit'
import type { PlanDetail } from '@shared/domain/progress/views'
import type { IpcResult } from '@shared/ipc/result'
import { useTempDir } from '../store/helpers'
import { openTestContainer, testDataFile } from './test-container'

const ID = '<plan>'

/** Calls refused with the given code; each must leave the data file as it was. */
const refused: [string, string, unknown][] = [
  ['invalid-input', 'skills:list', {}],
  ['invalid-input', 'fit:ranking', { roleId: 'ai-programmer' }],
  ['invalid-input', 'fit:role', { roleId: '../x' }],
  ['invalid-input', 'fit:role', { roleId: 'ai-programmer', extra: 1 }],
  ['not-found', 'fit:role', { roleId: 'astronaut' }],
  ['invalid-input', 'progress:set', { key: 'skill:python', level: 5 }],
  ['invalid-input', 'progress:set', { key: 'skill:python', level: -1 }],
  ['not-found', 'progress:set', { key: 'skill:astrophysics', level: 2 }],
  ['invalid-input', 'plans:addKeys', { id: ID, keys: [] }],
  [
    'invalid-input',
    'plans:addKeys',
    { id: ID, keys: Array.from({ length: 501 }, () => 'skill:python') },
  ],
  ['invalid-input', 'plans:addKeys', { id: ID, keys: ['python'] }],
  ['invalid-input', 'plans:addKeys', { id: ID, keys: ['custom:abc'] }],
  ['not-found', 'plans:addKeys', { id: ID, keys: ['skill:sql', 'skill:astrophysics'] }],
  ['not-found', 'plans:addKeys', { id: 'nope', keys: ['skill:sql'] }],
  ['invalid-input', 'plans:create', { source: { kind: 'empty' }, keys: ['custom:abc'] }],
  ['not-found', 'plans:create', { source: { kind: 'empty' }, keys: ['tip:fly-to-the-moon'] }],
]

describe('skills and fit channels over the real handler table', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => testDataFile(tempDir())
  const reported: unknown[] = []

  function open(): Promise<AppContainer> {
    return openTestContainer(tempDir())
  }

  function call(container: AppContainer, channel: string, input?: unknown) {
    return invokeChannel(container.handlers, channel, input, (_channel, error) =>
      reported.push(error),
    )
  }

  async function value<T>(result: Promise<IpcResult<unknown>>): Promise<T> {
    const settled = await result
    if (!settled.ok) throw new Error(settled.error.message)
    return settled.value as T
  }

  it('rates a skill through progress:set and shows it in the skills list and the fit', async () => {
    const container = await open()
    await value(call(container, 'progress:set', { key: 'skill:python', level: 4 }))

    const skills = await value<SkillEntry[]>(call(container, 'skills:list'))
    expect(skills.find((entry) => entry.entityId === 'python')?.level).toBe(4)
    const ranking = await value<RoleFit[]>(call(container, 'fit:ranking'))
    expect(ranking[0]?.score).toBeGreaterThan(0)
    const detail = await value<RoleFitDetail>(
      call(container, 'fit:role', { roleId: ranking[0]?.roleId }),
    )
    expect(detail.strengths.map((need) => need.entityId)).toContain('python')
    expect(detail.history.at(-1)?.score).toBe(detail.score)
    await container.shutdown()
    expect(reported).toEqual([])
  })

  it('turns a gap list into a plan and extends it', async () => {
    const container = await open()
    const detail = await value<RoleFitDetail>(
      call(container, 'fit:role', { roleId: 'ai-programmer' }),
    )
    const keys = detail.gaps.map((need) => need.key)
    const plan = await value<PlanDetail>(
      call(container, 'plans:create', {
        source: { kind: 'empty' },
        title: 'AI Programmer gaps',
        keys: keys.slice(0, 2),
      }),
    )
    expect(plan.items.map((item) => item.key)).toEqual(keys.slice(0, 2))
    const extended = await value<PlanDetail>(
      call(container, 'plans:addKeys', { id: plan.id, keys }),
    )
    expect(extended.items.map((item) => item.key)).toEqual(keys)
    await container.shutdown()
  })

  it.each(refused)('answers %s on %s for %j and changes nothing', async (code, channel, input) => {
    const container = await open()
    const plan = await value<PlanDetail>(
      call(container, 'plans:create', { source: { kind: 'empty' } }),
    )
    const filled = JSON.parse(JSON.stringify(input ?? null).replaceAll(ID, plan.id)) as unknown
    const before = await readFile(dataFile(), 'utf8')

    const result = await call(container, channel, filled)
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(await readFile(dataFile(), 'utf8')).toBe(before)
    await container.shutdown()
    expect(reported).toEqual([])
  })
})
