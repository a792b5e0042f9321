import { describe, expect, it } from 'vitest'
import { ApiError, client } from '../../../src/renderer/src/lib/api'
import type { AppStatus } from '@shared/ipc/contract'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const status = { notices: [] } as unknown as AppStatus

describe('client', () => {
  it('gives the value of a call, not its result envelope', async () => {
    installFakeApi({ 'app:status': () => status })
    await expect(client.app.status()).resolves.toEqual(status)
  })

  it("throws main's code and sentence when a call fails", async () => {
    installFakeApi({
      'plans:get': () => {
        throw new AppError('not-found', 'This plan no longer exists.')
      },
    })
    const failure = client.plans.get({ id: 'gone' })
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({
      code: 'not-found',
      message: 'This plan no longer exists.',
    })
  })

  it("passes the input through main's validation", async () => {
    installFakeApi({ 'plans:get': () => ({}) as never })
    await expect(client.plans.get({ id: '' })).rejects.toMatchObject({
      code: 'invalid-input',
    })
  })

  it('uses the bridge installed at the time of the call', async () => {
    installFakeApi({ 'app:status': () => ({ ...status, notices: [] }) })
    const first = await client.app.status()
    installFakeApi({
      'app:status': () => {
        throw new AppError('internal', 'Second bridge.')
      },
    })
    expect(first.notices).toEqual([])
    await expect(client.app.status()).rejects.toThrow('Second bridge.')
  })
})
