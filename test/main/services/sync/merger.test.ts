import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { makeFormat1Segment } from '@shared/sync/segment'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { freshState } from '../../../../src/main/services/sync/local-state'
import { Merger } from '../../../../src/main/services/sync/merger'
import { Publisher } from '../../../../src/main/services/sync/publisher'
import { SyncContext } from '../../../../src/main/services/sync/sync-context'
import { Store } from '../../../../src/main/store/db'
import { useTempDir } from '../../store/helpers'

const OTHER = 'other-pc'
const NOW = Date.UTC(2026, 5, 1, 9, 0, 0)

/** Another computer's remove op numbered `seq`. */
function opNumbered(seq: number): Op {
  const clock = formatStamp({ wall: NOW - 60_000, counter: seq }, OTHER)
  return { kind: 'remove', id: `${OTHER}:${seq}`, clock, collection: 'plans', recordId: `p${seq}` }
}

describe('merging another computer’s folder', () => {
  const tempDir = useTempDir()

  it('keeps what it needs of that computer after the merge, not its ops', async () => {
    const folder = path.join(tempDir(), 'sync')
    const dir = deviceDir(folder, OTHER)
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, segmentName(1)),
      JSON.stringify(makeFormat1Segment(OTHER, 1, true, [opNumbered(1), opNumbered(2)])),
    )
    await writeFile(
      path.join(dir, segmentName(2)),
      JSON.stringify(makeFormat1Segment(OTHER, 2, false, [opNumbered(3)])),
    )
    const store = await Store.open(path.join(tempDir(), 'role-atlas.json'))
    const state = { ...freshState('this-pc'), folder }
    const context = new SyncContext(state, {
      stateFilePath: path.join(tempDir(), 'sync-state.json'),
      now: () => NOW,
    })
    const merger = new Merger(context, store, new Publisher(context), {})

    const outcome = await merger.readAndMerge(folder, NOW)

    expect(outcome).toEqual({ kind: 'merged', warnings: [] })
    // Every op was merged…
    expect(context.replica.seen()[OTHER]).toBe(3)
    // …and the folder as known afterwards holds the computer's newest op number, not its ops
    // (held there, a merge of 50,000 would keep them all in memory until the next read).
    expect(merger.devices.get(OTHER)).toStrictEqual({ deviceId: OTHER, device: null, maxSeq: 3 })
    await context.settled()
    await store.close()
  })
})
