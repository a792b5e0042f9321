import type * as FsPromises from 'node:fs/promises'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { publishOps, type OpenSegment } from '../../../../src/main/services/sync/folder-writer'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { fingerprintOf, makeSegment, parseSegment } from '@shared/sync/segment'
import { useTempDir } from '../../store/helpers'

const DEVICE = 'laptop-0001'

/** The folders the writer makes, counted. */
const made = vi.hoisted(() => ({ folders: 0 }))
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof FsPromises>()
  const mkdir: typeof actual.mkdir = (async (...args: Parameters<typeof actual.mkdir>) => {
    made.folders++
    return actual.mkdir(...args)
  }) as typeof actual.mkdir
  return { ...actual, default: { ...actual, mkdir }, mkdir }
})

function op(n: number): Op {
  return {
    kind: 'event',
    id: `${DEVICE}:${n}`,
    clock: formatStamp({ wall: 1_700_000_000_000 + n, counter: n % 7 }, DEVICE),
    event: {
      id: `event-${n}`,
      at: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
      key: 'skill:sql',
      // Not all ASCII: the checksum hashes UTF-16 code units.
      before: { status: 'learning', level: null, notes: n % 3 ? '' : 'naïve 😀', links: [] },
      after: { status: 'done', level: null, notes: '', links: [] },
      cause: 'edit',
      batchId: `batch-${n}`,
    },
  } as Op
}

describe('publishOps', () => {
  const tempDir = useTempDir()

  // Each write hashes only the ops it adds, carrying the hashes on from the write before: the
  // files and checksums must be exactly those of the segment made whole from its ops.
  it('writes each segment, op by op and batch by batch, exactly as the whole segment is made', async () => {
    const root = tempDir()
    let open: OpenSegment = { number: 1, ops: [], checksum: null }
    let next = 1
    // Batches of one (a tick each) and larger, across the seal of the first segment at 1,000.
    for (const size of [1, 1, 3, 1, 400, 1, 593, 1, 2, 1]) {
      const batch = Array.from({ length: size }, () => op(next++))
      const before = open
      open = await publishOps(root, DEVICE, open, batch)
      const written = before.number === open.number ? open.number : before.number
      const ops = [...before.ops, ...batch].slice(0, 1_000)
      const file = path.join(deviceDir(root, DEVICE), segmentName(written))
      const text = await readFile(file, 'utf8')
      const whole = makeSegment(DEVICE, written, ops.length === 1_000, ops)
      expect(text).toBe(JSON.stringify(whole))
      expect(parseSegment(text, { deviceId: DEVICE, number: written }).ok).toBe(true)
      if (open.number === written) expect(open.checksum).toBe(fingerprintOf(open.ops))
    }
    expect(open.number).toBe(2)
    expect(open.ops).toHaveLength(next - 1 - 1_000)
  })

  // After a start the open segment comes back without its text or hashes (merger.ts).
  it('goes on from an open segment read back from the folder, with nothing remembered', async () => {
    const root = tempDir()
    const first = await publishOps(root, DEVICE, { number: 1, ops: [], checksum: null }, [op(1)])
    const readBack: OpenSegment = { number: 1, ops: first.ops, checksum: first.checksum }
    const after = await publishOps(root, DEVICE, readBack, [op(2), op(3)])
    const text = await readFile(path.join(deviceDir(root, DEVICE), segmentName(1)), 'utf8')
    expect(text).toBe(JSON.stringify(makeSegment(DEVICE, 1, false, after.ops)))
    expect(after.checksum).toBe(fingerprintOf(after.ops))
  })

  // Making the folder before every write cost each publish a call to the disk more.
  it('makes its folder only when a write finds it missing, even when it was removed since', async () => {
    const root = tempDir()
    made.folders = 0
    let open: OpenSegment = { number: 1, ops: [], checksum: null }
    for (let n = 1; n <= 3; n++) open = await publishOps(root, DEVICE, open, [op(n)])
    expect(made.folders).toBe(1)
    await rm(deviceDir(root, DEVICE), { recursive: true })
    open = await publishOps(root, DEVICE, open, [op(4)])
    expect(made.folders).toBe(2)
    const text = await readFile(path.join(deviceDir(root, DEVICE), segmentName(1)), 'utf8')
    expect(text).toBe(JSON.stringify(makeSegment(DEVICE, 1, false, open.ops)))
  })
})
