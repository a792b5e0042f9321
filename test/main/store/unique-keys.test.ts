import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  allKeysAreUnique,
  changedKeysAreUnique,
  uniqueKeys,
} from '../../../src/main/store/unique-keys'

const Keyed = z.object({ key: z.string(), value: z.number() })
const list = uniqueKeys(z.array(Keyed), 'duplicate key')
const records = [
  { key: 'a', value: 1 },
  { key: 'b', value: 2 },
  { key: 'c', value: 3 },
]

describe('uniqueKeys', () => {
  it('refuses a list with a repeated key at the later record', () => {
    const result = list.safeParse([...records, { key: 'b', value: 4 }])
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [3, 'key'], message: 'duplicate key' }),
    ])
    expect(list.safeParse(records).success).toBe(true)
  })

  it('clears changed records whose keys no other record has', () => {
    const changed = [records[0], { key: 'd', value: 9 }, records[2], { key: 'e', value: 0 }]
    expect(changedKeysAreUnique(list, changed, [1, 3])).toBe(true)
  })

  it('leaves a changed record that repeats a key to the full rule', () => {
    const changed = [records[0], records[1], { key: 'a', value: 9 }]
    expect(changedKeysAreUnique(list, changed, [2])).toBe(false)
  })

  it('leaves lists with other rules, or none, to the full rule', () => {
    expect(changedKeysAreUnique(z.array(Keyed), records, [0])).toBe(false)
    expect(changedKeysAreUnique(list.max(10), records, [0])).toBe(false)
    const limitedFirst = uniqueKeys(z.array(Keyed).max(2), 'duplicate key')
    expect(changedKeysAreUnique(limitedFirst, records, [2])).toBe(false)
  })

  it('clears a whole list whose keys all differ, and leaves one that repeats a key to the full rule', () => {
    expect(allKeysAreUnique(list, records)).toBe(true)
    expect(allKeysAreUnique(list, [])).toBe(true)
    expect(allKeysAreUnique(list, [...records, { key: 'a', value: 4 }])).toBe(false)
  })

  it('leaves a whole list to the full rule when the list has other rules, or none', () => {
    expect(allKeysAreUnique(z.array(Keyed), records)).toBe(false)
    expect(allKeysAreUnique(list.max(2), records)).toBe(false)
  })
})
