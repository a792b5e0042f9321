import type * as FsPromises from 'node:fs/promises'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { publishOps, type OpenSegment } from '../../../../src/main/services/sync/folder-writer'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { fingerprintOf, makeFormat1Segment } from '@shared/sync/segment'
import { FolderReader } from '../../../../src/main/services/sync/folder-reader'
import { parseSegmentFile, wholeSegmentText } from '../../../../src/main/services/sync/segment-file'
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
      // Not all ASCII: the CRC is carried on over UTF-8 bytes, up to four to a character.
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
      const bytes = await readFile(file)
      expect(bytes.toString('utf8')).toBe(
        wholeSegmentText(DEVICE, written, ops.length === 1_000, ops),
      )
      expect(parseSegmentFile(bytes, { deviceId: DEVICE, number: written }).ok).toBe(true)
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
    expect(text).toBe(wholeSegmentText(DEVICE, 1, false, after.ops))
    expect(after.checksum).toBe(fingerprintOf(after.ops))
  })

  // Release 0.1.0 wrote segments in format 1 (an FNV-1a checksum). Its sealed ones stay as
  // they are; its open one is written whole in format 2 at this version's first append.
  it('writes an open segment of the old format whole in the new one, and leaves sealed ones be', async () => {
    const root = tempDir()
    const dir = deviceDir(root, DEVICE)
    const sealedOps = Array.from({ length: 1_000 }, (_, n) => op(n + 1))
    const openOps = [op(1_001), op(1_002)]
    const sealedText = JSON.stringify(makeFormat1Segment(DEVICE, 1, true, sealedOps))
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, segmentName(1)), sealedText)
    await writeFile(
      path.join(dir, segmentName(2)),
      JSON.stringify(makeFormat1Segment(DEVICE, 2, false, openOps)),
    )
    // What a start makes of the folder (merger.ts): the open segment's ops, no text, no hashes.
    const read = await new FolderReader().read(root)
    const ops = read.devices.get(DEVICE)?.segmentOps.get(2) ?? []
    expect(ops).toEqual(openOps)
    const open: OpenSegment = { number: 2, ops, checksum: fingerprintOf(ops) }
    const after = await publishOps(root, DEVICE, open, [op(1_003)])
    expect(await readFile(path.join(dir, segmentName(2)), 'utf8')).toBe(
      wholeSegmentText(DEVICE, 2, false, [...openOps, op(1_003)]),
    )
    expect(await readFile(path.join(dir, segmentName(1)), 'utf8')).toBe(sealedText)
    // Another computer reads both, every op once.
    const again = await new FolderReader().read(root)
    expect(again.warnings).toEqual([])
    expect(again.ops.map((o) => o.id)).toEqual(
      Array.from({ length: 1_003 }, (_, n) => `${DEVICE}:${n + 1}`),
    )
    expect(after.ops).toHaveLength(3)
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
    expect(text).toBe(wholeSegmentText(DEVICE, 1, false, open.ops))
  })
})
