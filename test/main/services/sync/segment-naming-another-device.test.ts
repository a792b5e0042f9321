import { mkdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { FolderReader } from '../../../../src/main/services/sync/folder-reader'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { wholeSegmentText } from '../../../../src/main/services/sync/segment-file'
import { describeWarning, type SyncWarning } from '../../../../src/main/services/sync/warnings'
import { useTempDir } from '../../store/helpers'

const OWNER = 'device-a'
const OTHER = 'device-b'

/** A remove op of `recordId` numbered `seq`, made (by its id) on `deviceId`. */
function op(deviceId: string, seq: number, recordId: string): Op {
  const clock = formatStamp({ wall: 1_700_000_000_000, counter: seq }, deviceId)
  return { kind: 'remove', id: `${deviceId}:${seq}`, clock, collection: 'plans', recordId }
}

/** Puts `text` in place as `OWNER`'s segment 2, with a modification time of its own. */
async function putSecond(root: string, text: string, year: number): Promise<string> {
  const file = path.join(deviceDir(root, OWNER), segmentName(2))
  await writeFile(file, text)
  const at = new Date(Date.UTC(year, 0, 1))
  await utimes(file, at, at)
  return file
}

/** The owner's sealed segment 1: what is in its folder before the stray file. */
async function writeFirst(root: string): Promise<void> {
  await mkdir(deviceDir(root, OWNER), { recursive: true })
  const text = wholeSegmentText(OWNER, 1, true, [op(OWNER, 1, 'p1'), op(OWNER, 2, 'p2')])
  await writeFile(path.join(deviceDir(root, OWNER), segmentName(1)), text)
}

const strays: Record<string, (root: string) => string> = {
  // Another computer's segment 2, put into this one's folder (a mis-sync, a hand copy).
  'whose device id names another computer': () =>
    wholeSegmentText(OTHER, 2, false, [op(OTHER, 3, 'x1'), op(OTHER, 4, 'x2')]),
  // The file says it is the owner's, but some of its changes were made elsewhere.
  'whose changes were made on another computer': () =>
    wholeSegmentText(OWNER, 2, false, [op(OWNER, 3, 'x1'), op(OTHER, 4, 'x2')]),
}

describe('a file in one computer’s folder that names another computer', () => {
  const tempDir = useTempDir()

  for (const [what, stray] of Object.entries(strays))
    it(`skips a segment ${what}, says so in plain words, merges none of it, and reads the right file once it is in place`, async () => {
      const root = tempDir()
      await writeFirst(root)
      await putSecond(root, stray(root), 2030)
      const reader = new FolderReader()
      const read = await reader.read(root)
      // Only the owner's own file is used: no change of the stray file reaches the merge.
      expect(read.ops.map((each) => each.id)).toEqual([`${OWNER}:1`, `${OWNER}:2`])
      expect(read.ops.some((each) => each.kind === 'remove' && each.recordId.startsWith('x'))).toBe(
        false,
      )
      expect(read.newestClocks.has(OTHER)).toBe(false)
      expect(read.warnings).toEqual([
        {
          kind: 'skipped-file',
          deviceId: OWNER,
          file: segmentName(2),
          reason: 'it names another computer',
        },
      ])
      const words = describeWarning(read.warnings[0] as SyncWarning, (id) =>
        id === OWNER ? 'Laptop' : id,
      )
      expect(words).toBe(
        `A file from Laptop (${segmentName(2)}) could not be used yet (it names another computer). It is probably still being copied; Role Atlas will try again.`,
      )
      // Tried again at the next read, not marked as read.
      expect((await reader.read(root)).warnings).toHaveLength(1)
      // The syncer puts the owner's own segment 2 in its place: it is read, warning gone.
      const right = wholeSegmentText(OWNER, 2, false, [op(OWNER, 3, 'p3'), op(OWNER, 4, 'p4')])
      await putSecond(root, right, 2031)
      const mended = await reader.read(root)
      expect(mended.ops.map((each) => each.id)).toEqual([`${OWNER}:3`, `${OWNER}:4`])
      expect(mended.warnings).toEqual([])
    })
})
