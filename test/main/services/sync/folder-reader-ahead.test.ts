import type * as FsPromises from 'node:fs/promises'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { formatStamp } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { FolderReader } from '../../../../src/main/services/sync/folder-reader'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { wholeSegmentText } from '../../../../src/main/services/sync/segment-file'
import { useTempDir } from '../../store/helpers'

/** The reader's calls to the disk, in order, and a folder whose listing fails once. */
const disk = vi.hoisted(() => ({ calls: [] as string[], failListing: null as string | null }))
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof FsPromises>()
  const readdir = (async (dir: string) => {
    disk.calls.push(`list ${path.basename(dir)}`)
    if (dir === disk.failListing) {
      disk.failListing = null
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    }
    return actual.readdir(dir)
  }) as typeof actual.readdir
  const readFile = ((file: string, ...rest: unknown[]) => {
    disk.calls.push(`read ${path.basename(path.dirname(file))}/${path.basename(file)}`)
    return (actual.readFile as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof actual.readFile
  return { ...actual, default: { ...actual, readdir, readFile }, readdir, readFile }
})

const DEVICES = ['device-a', 'device-b']

function opOf(deviceId: string, seq: number): Op {
  const clock = formatStamp({ wall: 1_700_000_000_000, counter: seq }, deviceId)
  return { kind: 'remove', id: `${deviceId}:${seq}`, clock, collection: 'plans', recordId: 'p' }
}

/** Two sealed segments of two ops for each device. */
async function writeFolder(root: string): Promise<void> {
  for (const deviceId of DEVICES) {
    const dir = deviceDir(root, deviceId)
    await mkdir(dir, { recursive: true })
    for (const number of [1, 2]) {
      const ops = [opOf(deviceId, 2 * number - 1), opOf(deviceId, 2 * number)]
      await writeFile(
        path.join(dir, segmentName(number)),
        wholeSegmentText(deviceId, number, true, ops),
      )
    }
  }
}

describe('reading several devices’ folders', () => {
  const tempDir = useTempDir()

  // Main waited on the disk at each change of device: listing the next folder and reading
  // its first file began only once the last device was merged.
  it('lists the next device’s folder and reads its first file while this device’s are merged', async () => {
    await writeFolder(tempDir())
    disk.calls = []
    const read = await new FolderReader().read(tempDir())
    expect(read.ops).toHaveLength(8)
    const at = (call: string): number => disk.calls.indexOf(call)
    expect(at('list device-b')).toBeGreaterThan(-1)
    expect(at('list device-b')).toBeLessThan(at('read device-a/seg-000002.json'))
    expect(at('read device-b/seg-000001.json')).toBeLessThan(at('read device-a/seg-000002.json'))
  })

  it('fails the read when the next device’s folder cannot be listed, and marks nothing read', async () => {
    await writeFolder(tempDir())
    const reader = new FolderReader()
    disk.failListing = deviceDir(tempDir(), 'device-b')
    await expect(reader.read(tempDir())).rejects.toThrow(/EACCES/)
    // Nothing of device-a was handed over: it is all read again.
    const again = await reader.read(tempDir())
    expect(again.ops.map((op) => op.id)).toEqual([
      'device-a:1',
      'device-a:2',
      'device-a:3',
      'device-a:4',
      'device-b:1',
      'device-b:2',
      'device-b:3',
      'device-b:4',
    ])
  })
})
