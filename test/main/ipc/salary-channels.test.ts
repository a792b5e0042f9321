import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import type { RoleSalaries } from '@shared/domain/salary/types'
import type { IpcResult } from '@shared/ipc/result'
import { useTempDir } from '../store/helpers'
import { openTestContainer } from './test-container'
import { PLAIN_REFUSAL } from '../../shared/ipc/zod-wording'

const pair = ['ai-programmer', 'lead-machine-learning-engineer']
const five = [
  'ai-programmer',
  'data-manager',
  'data-operations-manager',
  'machine-learning-engineer',
  'data-operations-specialist',
]

const badInputs: [string, string, unknown][] = [
  ['no filters', 'salaries:forRole', { roleId: 'ai-programmer' }],
  [
    'a lower-case residence',
    'salaries:forRole',
    { roleId: 'ai-programmer', filters: { residence: 'us' } },
  ],
  [
    'a remote ratio of 25',
    'salaries:forRole',
    { roleId: 'ai-programmer', filters: { remoteRatio: 25 } },
  ],
  [
    'an unknown company size',
    'salaries:forRole',
    { roleId: 'ai-programmer', filters: { companySize: 'XL' } },
  ],
  ['an unknown filter', 'salaries:forRole', { roleId: 'ai-programmer', filters: { year: 2024 } }],
  ['an extra field', 'salaries:forRole', { roleId: 'ai-programmer', filters: {}, all: true }],
  ['a role id with path characters', 'salaries:forRole', { roleId: '../x', filters: {} }],
  ['one role', 'salaries:compare', { roleIds: ['ai-programmer'] }],
  ['five roles', 'salaries:compare', { roleIds: five }],
  ['a repeated role', 'salaries:compare', { roleIds: ['ai-programmer', 'ai-programmer'] }],
  ['an input', 'salaries:source', {}],
]

describe('salary channels over the real handler table', () => {
  const tempDir = useTempDir()
  const reported: unknown[] = []

  function open(): Promise<AppContainer> {
    return openTestContainer(tempDir())
  }

  async function call(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    const container = await open()
    try {
      return await invokeChannel(container.handlers, channel, input, (_channel, error) =>
        reported.push(error),
      )
    } finally {
      await container.shutdown()
    }
  }

  async function value<T>(channel: string, input: unknown): Promise<T> {
    const result = await call(channel, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as T
  }

  it('answers a role page with its figures and filters', async () => {
    const salaries = await value<RoleSalaries>('salaries:forRole', {
      roleId: 'ai-programmer',
      filters: {},
    })
    expect(salaries.matchedTitles).toEqual(['AI Programmer'])
    expect(salaries.overall.count).toBe(9)
    expect(salaries.overall.reliability).toBe('few')
    expect(salaries.byLevel.map((group) => group.key)).toEqual(['EN', 'MI', 'SE', 'EX'])

    const onSite = await value<RoleSalaries>('salaries:forRole', {
      roleId: 'ai-programmer',
      filters: { remoteRatio: 0 },
    })
    expect(onSite.overall.count).toBe(salaries.options.remoteRatio[0]?.count)
    expect(reported).toEqual([])
  })

  it('answers the compare view with each role, unfiltered', async () => {
    const salaries = await value<RoleSalaries[]>('salaries:compare', { roleIds: pair })
    expect(
      salaries.map((role) => [role.roleName, role.overall.count, role.overall.reliability]),
    ).toEqual([
      ['AI Programmer', 9, 'few'],
      ['Lead Machine Learning Engineer', 5, 'few'],
    ])
  })

  it('answers the credit line', async () => {
    expect(await value('salaries:source', undefined)).toMatchObject({
      licence: 'CC0 1.0',
      snapshotDate: '2025-01-19',
    })
  })

  it.each(badInputs)('refuses %s on %s', async (_label, channel, input) => {
    expect(await call(channel, input)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(PLAIN_REFUSAL) },
    })
  })

  it.each([
    ['salaries:forRole', { roleId: 'astronaut', filters: {} }],
    ['salaries:compare', { roleIds: ['ai-programmer', 'astronaut'] }],
  ])('answers not-found for an unknown role on %s', async (channel, input) => {
    expect(await call(channel, input)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no role with the id "astronaut".' },
    })
  })
})
