import { describe, expect, it } from 'vitest'
import { classify } from '../../../../src/main/services/sync/layout'

describe('telling the files in a sync folder apart by name', () => {
  it('reads segments and conflict copies, waits for placeholders, and leaves temp files alone', () => {
    expect(classify('seg-000012.json')).toEqual({ kind: 'segment', number: 12 })
    expect(classify('seg-000012.sync-conflict-20260601-101500-ABCDEFG.json')).toEqual({
      kind: 'conflict-copy',
      number: 12,
    })
    expect(classify("seg-000003 (Maria's conflicted copy 2026-06-01).json")).toEqual({
      kind: 'conflict-copy',
      number: 3,
    })
    expect(classify('.seg-000001.json.icloud')).toEqual({ kind: 'placeholder' })
    for (const name of [
      '.seg-000001.json.123.abc.tmp',
      '.syncthing.seg-000001.json.tmp',
      '~syncthing~seg-000001.json.tmp',
      'seg-000001.json.tmp',
      '.DS_Store',
      'notes.txt',
    ])
      expect(classify(name)).toEqual({ kind: 'ignored' })
    expect(classify('device.json')).toEqual({ kind: 'device' })
  })
})
