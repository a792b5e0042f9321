import { mkdir, readFile, rmdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { makeFormat1Segment } from '@shared/sync/segment'
import { FolderReader } from '../../../../src/main/services/sync/folder-reader'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { wholeSegmentText } from '../../../../src/main/services/sync/segment-file'
import { useTempDir } from '../../store/helpers'

const DEVICE = 'device-a'

/** A remove op numbered `seq`: enough to tell the order ops were read in. */
function opNumbered(seq: number): Op {
  const clock = formatStamp({ wall: 1_700_000_000_000, counter: seq }, DEVICE)
  return { kind: 'remove', id: `${DEVICE}:${seq}`, clock, collection: 'plans', recordId: 'p' }
}

/** Writes segments 1…`count` of two ops each, sealed but the last. */
async function writeSegments(root: string, count: number): Promise<void> {
  const dir = deviceDir(root, DEVICE)
  await mkdir(dir, { recursive: true })
  for (let number = 1; number <= count; number++) {
    const ops = [opNumbered(2 * number - 1), opNumbered(2 * number)]
    const text = wholeSegmentText(DEVICE, number, number < count, ops)
    await writeFile(path.join(dir, segmentName(number)), text)
  }
}

describe('reading a device’s folder', () => {
  const tempDir = useTempDir()

  it('gives every op in the order its device made them, file after file', async () => {
    await writeSegments(tempDir(), 5)
    const read = await new FolderReader().read(tempDir())
    expect(read.ops.map((op) => op.id)).toEqual(
      Array.from({ length: 10 }, (_, n) => `${DEVICE}:${n + 1}`),
    )
    expect(read.warnings).toEqual([])
  })

  // Release 0.1.0 wrote segments in format 1; a device updated since goes on in format 2.
  it('reads segments of the old format and the new side by side', async () => {
    const dir = deviceDir(tempDir(), DEVICE)
    await mkdir(dir, { recursive: true })
    const old = makeFormat1Segment(DEVICE, 1, true, [opNumbered(1), opNumbered(2)])
    await writeFile(path.join(dir, segmentName(1)), JSON.stringify(old))
    const newer = wholeSegmentText(DEVICE, 2, false, [opNumbered(3)])
    await writeFile(path.join(dir, segmentName(2)), newer)
    const read = await new FolderReader().read(tempDir())
    expect(read.ops.map((op) => op.id)).toEqual([`${DEVICE}:1`, `${DEVICE}:2`, `${DEVICE}:3`])
    expect(read.warnings).toEqual([])
  })

  it('skips a segment whose contents do not match their checksum, says so, and reads it once mended', async () => {
    await writeSegments(tempDir(), 2)
    const file = path.join(deviceDir(tempDir(), DEVICE), segmentName(2))
    const good = await readFile(file, 'utf8')
    await writeFile(file, good.replace('"recordId":"p"', '"recordId":"q"'))
    const reader = new FolderReader()
    const read = await reader.read(tempDir())
    expect(read.ops.map((op) => op.id)).toEqual([`${DEVICE}:1`, `${DEVICE}:2`])
    expect(read.warnings).toEqual([
      {
        kind: 'skipped-file',
        deviceId: DEVICE,
        file: segmentName(2),
        reason: 'its contents do not match their checksum',
      },
    ])
    await writeFile(file, good)
    const later = new Date(Date.UTC(2030, 0, 1))
    await utimes(file, later, later)
    const mended = await reader.read(tempDir())
    expect(mended.ops.map((op) => op.id)).toEqual([`${DEVICE}:3`, `${DEVICE}:4`])
    expect(mended.warnings).toEqual([])
  })

  it('fails the read when a file cannot be read, even one read ahead, and loses nothing read before it', async () => {
    await writeSegments(tempDir(), 3)
    // In place of a sealed segment, a folder: reading it fails as a revoked permission does.
    const blocked = path.join(deviceDir(tempDir(), DEVICE), segmentName(4))
    await mkdir(blocked)
    const reader = new FolderReader()
    await expect(reader.read(tempDir())).rejects.toThrow(/EISDIR/)
    await rmdir(blocked)
    // The segments read before the failure were never handed over: they are read again.
    const again = await reader.read(tempDir())
    expect(again.ops.map((op) => op.id)).toEqual(
      Array.from({ length: 6 }, (_, n) => `${DEVICE}:${n + 1}`),
    )
  })

  it('reads a sealed segment again once a conflict copy sits beside it and it is replaced, and a plain one never', async () => {
    await writeSegments(tempDir(), 3)
    const dir = deviceDir(tempDir(), DEVICE)
    const reader = new FolderReader()
    await reader.read(tempDir())
    // A copied profile sealed its own segment 1; the syncer keeps the copy's under the name
    // and this version beside it, as Syncthing does.
    const theirs = [opNumbered(1), opNumbered(2)].map((op) => ({ ...op, recordId: 'q' }))
    const replace = (): Promise<void> =>
      writeFile(path.join(dir, segmentName(1)), wholeSegmentText(DEVICE, 1, true, theirs))
    await replace()
    // Without a conflict copy a sealed segment is never read again (only its device writes it).
    expect((await reader.read(tempDir())).ops).toEqual([])
    const mine = wholeSegmentText(DEVICE, 1, true, [opNumbered(1), opNumbered(2)])
    await writeFile(path.join(dir, 'seg-000001.sync-conflict-20260601-101500-ABCDEFG.json'), mine)
    const read = await reader.read(tempDir())
    expect(read.ops.map((op) => op.kind === 'remove' && op.recordId).sort()).toEqual([
      'p',
      'p',
      'q',
      'q',
    ])
    // Read again only when it changes.
    expect((await reader.read(tempDir())).ops).toEqual([])
    await replace()
    // Written again (as the syncer does): a new modification time, whatever the clock's grain.
    const later = new Date(Date.UTC(2030, 0, 1))
    await utimes(path.join(dir, segmentName(1)), later, later)
    expect((await reader.read(tempDir())).ops.map((op) => op.id)).toEqual([
      `${DEVICE}:1`,
      `${DEVICE}:2`,
    ])
  })

  it('notes each device’s newest clock among the ops it read, wherever that op lies', async () => {
    const dir = deviceDir(tempDir(), DEVICE)
    await mkdir(dir, { recursive: true })
    // Written out of clock order, as a hand-made or foreign segment might be.
    const ops = [opNumbered(3), opNumbered(9), opNumbered(4)]
    await writeFile(path.join(dir, segmentName(1)), wholeSegmentText(DEVICE, 1, false, ops))
    const read = await new FolderReader().read(tempDir())
    expect(read.newestClocks).toEqual(new Map([[DEVICE, opNumbered(9).clock]]))
  })

  it('reads a segment of 200,000 ops another program wrote, every one of them', async () => {
    // Role Atlas seals a segment at 1,000 ops; another writer need not. Spreading such a
    // segment into one push overflowed the stack and failed every read of the folder.
    const dir = deviceDir(tempDir(), DEVICE)
    await mkdir(dir, { recursive: true })
    const ops = Array.from({ length: 200_000 }, (_, n) => opNumbered(n + 1))
    await writeFile(path.join(dir, segmentName(1)), wholeSegmentText(DEVICE, 1, false, ops))
    const read = await new FolderReader().read(tempDir())
    expect(read.ops).toHaveLength(200_000)
    expect(read.ops.at(-1)?.id).toBe(`${DEVICE}:200000`)
    expect(read.warnings).toEqual([])
  })
})
