import { afterEach, describe, expect, it, vi } from 'vitest'
import { CompareAhead } from '../../../src/renderer/src/lib/compare-ahead'
import { savedTwoRoles, twoRoles } from '../compare-fixture'
import { installFakeApi } from '../fake-api'

function countCompareCalls(): { asked: string[][] } {
  const calls = { asked: [] as string[][] }
  installFakeApi({
    'compare:roles': ({ roleIds }) => {
      calls.asked.push(roleIds)
      return twoRoles
    },
  })
  return calls
}

describe('CompareAhead', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks once when the screen takes the answer asked for as the link was followed', async () => {
    const ahead = new CompareAhead()
    const calls = countCompareCalls()
    ahead.compare(['data-analyst', 'data-manager'])
    expect(await ahead.compareRoles(['data-analyst', 'data-manager'])).toEqual(twoRoles)
    expect(calls.asked).toEqual([['data-analyst', 'data-manager']])
  })

  it('asks again for other roles, or once the early answer has been taken', async () => {
    const ahead = new CompareAhead()
    const calls = countCompareCalls()
    ahead.compare(['data-analyst', 'data-manager'])
    await ahead.compareRoles(['data-manager', 'data-analyst'])
    await ahead.compareRoles(['data-manager', 'data-analyst'])
    expect(calls.asked).toHaveLength(3)
  })

  it('does not hand over an answer that came more than two seconds before', async () => {
    const ahead = new CompareAhead()
    vi.useFakeTimers({ toFake: ['performance'] })
    const calls = countCompareCalls()
    ahead.compare(['data-analyst', 'data-manager'])
    await new Promise((settled) => setTimeout(settled))
    vi.advanceTimersByTime(2_500)
    await ahead.compareRoles(['data-analyst', 'data-manager'])
    expect(calls.asked).toHaveLength(2)
  })

  it('hands over an answer still on its way, however long it takes', async () => {
    const ahead = new CompareAhead()
    vi.useFakeTimers({ toFake: ['performance'] })
    let answer: (comparison: typeof twoRoles) => void = () => undefined
    const asked: string[][] = []
    installFakeApi({
      'compare:roles': ({ roleIds }) => {
        asked.push(roleIds)
        return new Promise((settle) => {
          answer = settle
        })
      },
    })
    ahead.compare(['data-analyst', 'data-manager'])
    vi.advanceTimersByTime(5_000)
    const taken = ahead.compareRoles(['data-analyst', 'data-manager'])
    answer(twoRoles)
    expect(await taken).toEqual(twoRoles)
    expect(asked).toHaveLength(1)
  })

  it('hands the saved details held by the list to the screen once, asking main only for the comparison', async () => {
    const ahead = new CompareAhead()
    const calls = countCompareCalls()
    ahead.openSaved(savedTwoRoles, savedTwoRoles.roleIds)
    expect(calls.asked).toEqual([savedTwoRoles.roleIds])
    expect(ahead.takeHandedOver('another')).toBeUndefined()
    ahead.openSaved(savedTwoRoles, savedTwoRoles.roleIds)
    expect(ahead.takeHandedOver(savedTwoRoles.id)).toBe(savedTwoRoles)
    expect(ahead.takeHandedOver(savedTwoRoles.id)).toBeUndefined()
  })

  it('asks for nothing when fewer than two roles are chosen', () => {
    const ahead = new CompareAhead()
    const calls = countCompareCalls()
    ahead.compare(['data-analyst'])
    expect(calls.asked).toEqual([])
  })
})

describe('CompareAhead, one per app', () => {
  it('keeps what one app handed over from another', () => {
    countCompareCalls()
    const first = new CompareAhead()
    const second = new CompareAhead()
    first.openSaved(savedTwoRoles, savedTwoRoles.roleIds)
    expect(second.takeHandedOver(savedTwoRoles.id)).toBeUndefined()
    expect(first.takeHandedOver(savedTwoRoles.id)).toBe(savedTwoRoles)
  })
})
