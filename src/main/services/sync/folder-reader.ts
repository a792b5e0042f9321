import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { appendAll } from '../../../shared/sync/append-all'
import { DeviceIdSchema, seqOfOpId, type Op } from '../../../shared/sync/ops'
import { hasErrorCode } from '../../store/errno'
import { DeviceFileSchema, type DeviceFile } from './device-file'
import { markEventValid } from './shared-states'
import { classify, deviceDir, devicesDir } from './layout'
import { parseSegmentFile } from './segment-file'
import type { SyncWarning } from './warnings'

/** One device's folder as read. */
export interface DeviceRead {
  deviceId: string
  /** Its `device.json`, or null while that is missing or unreadable. */
  device: DeviceFile | null
  /** The largest op number seen in its segments. */
  maxSeq: number
  /** Valid ops of its segments, keyed by segment number (for its own open segment). */
  segmentOps: Map<number, Op[]>
  /**
   * How many valid conflict copies of its segments this read took in: in this device's own
   * folder, the sign that another install writes as it (see Merger).
   */
  conflictCopies: number
}

/**
 * The files a {@link FolderReader} has returned: sealed segments as `deviceId/number` (never
 * rewritten, so never read again) and other files as `[path, size:mtime]` (read again once
 * they change).
 */
export interface ReadMarks {
  sealed: string[]
  files: [string, string][]
}

/** Everything one pass over the folder found. */
export interface FolderRead {
  ops: Op[]
  /**
   * Per device, the largest clock among its ops in {@link ops}: what the merger checks clocks
   * against, without another walk over tens of thousands of ops.
   */
  newestClocks: Map<string, string>
  devices: Map<string, DeviceRead>
  warnings: SyncWarning[]
}

/**
 * Reads every device's folder. A file that cannot be used now (half copied, not downloaded,
 * mangled) is skipped with a warning and read again next time; nothing missing is ever taken
 * as a deletion. Sealed segments already merged are not read again.
 */
export class FolderReader {
  /** `deviceId/number` of sealed segments already returned. */
  readonly #sealedDone: Set<string>
  /** Files unchanged since they were returned (`path` → `size:mtime`), not read again. */
  readonly #unchanged: Map<string, string>
  /** Goes up each time a file is marked as read. */
  #version = 0

  /** `marks`: what an earlier run returned (see {@link marks}), not to be read again. */
  constructor(marks?: ReadMarks) {
    this.#sealedDone = new Set(marks?.sealed)
    this.#unchanged = new Map(marks?.files)
  }

  /** What was returned so far, as plain data: a later reader given it skips those files. */
  marks(): ReadMarks {
    return { sealed: [...this.#sealedDone], files: [...this.#unchanged] }
  }

  /** Goes up each time {@link marks} changes. */
  get version(): number {
    return this.#version
  }

  /** Forgets what was read, e.g. when the folder changes. */
  reset(): void {
    this.#sealedDone.clear()
    this.#unchanged.clear()
    this.#version++
  }

  async read(root: string): Promise<FolderRead> {
    const result: FolderRead = {
      ops: [],
      newestClocks: new Map(),
      devices: new Map(),
      warnings: [],
    }
    const done: Done = { sealed: [], unchanged: [] }
    let ids: string[]
    try {
      ids = await readdir(devicesDir(root))
    } catch (error) {
      // A folder not made yet is empty, not broken; anything else is worth saying.
      if (hasErrorCode(error, 'ENOENT')) return result
      throw error
    }
    const devices = ids.filter((deviceId) => DeviceIdSchema.safeParse(deviceId).success)
    // The next device's folder is listed, and its first file read, while this one's are
    // merged: main would otherwise wait on the disk at every change of device.
    let next = devices.length > 0 ? this.#list(root, devices[0] as string) : null
    for (let index = 0; index < devices.length; index++) {
      const deviceId = devices[index] as string
      const listed = await (next as Promise<Listing>)
      next = index + 1 < devices.length ? this.#list(root, devices[index + 1] as string) : null
      result.devices.set(deviceId, await this.#readDevice(root, deviceId, listed, result, done))
    }
    // Only a read that returns its ops marks files as read: after a failed one (a file that
    // could not be read), the files read before it are read again next time, not lost.
    for (const [key, file] of done.sealed) {
      this.#sealedDone.add(key)
      // Read as the open segment before: that mark is no use now, and is kept across starts.
      this.#unchanged.delete(file)
      this.#version++
    }
    for (const [file, signature] of done.unchanged) {
      this.#unchanged.set(file, signature)
      this.#version++
    }
    return result
  }

  /**
   * Lists one device's folder and starts reading the first file to read there. Never rejects
   * (it may be waited for only after the device before it is merged): a failure is handed back.
   */
  async #list(root: string, deviceId: string): Promise<Listing> {
    const dir = deviceDir(root, deviceId)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT', 'ENOTDIR')) return { kind: 'missing' }
      return { kind: 'failed', error }
    }
    names.sort()
    const contested = contestedSegments(names)
    const isToRead = (name: string): boolean => {
      const kind = classify(name)
      if (kind.kind === 'conflict-copy') return true
      if (kind.kind !== 'segment') return false
      return contested.has(kind.number) || !this.#sealedDone.has(`${deviceId}/${kind.number}`)
    }
    const toRead = names.filter(isToRead)
    const first = toRead.length > 0 ? this.#fetch(path.join(dir, toRead[0] as string)) : null
    return { kind: 'listed', names, contested, toRead, first }
  }

  async #readDevice(
    root: string,
    deviceId: string,
    listed: Listing,
    result: FolderRead,
    done: Done,
  ): Promise<DeviceRead> {
    const dir = deviceDir(root, deviceId)
    const read: DeviceRead = {
      deviceId,
      device: null,
      maxSeq: 0,
      segmentOps: new Map(),
      conflictCopies: 0,
    }
    if (listed.kind === 'missing') return read
    if (listed.kind === 'failed') throw listed.error
    const { names, contested, toRead } = listed
    const toReadSet = new Set(toRead)
    // One file is read ahead: the next comes off the disk while this one is checked and merged.
    let ahead = 0
    let next = listed.first
    for (const name of names) {
      const kind = classify(name)
      const file = path.join(dir, name)
      if (kind.kind === 'placeholder') {
        result.warnings.push({ kind: 'not-downloaded', deviceId, file: name })
        continue
      }
      if (kind.kind === 'device') {
        read.device = await readDeviceFile(file, deviceId)
        continue
      }
      if (kind.kind !== 'segment' && kind.kind !== 'conflict-copy') continue
      if (!toReadSet.has(name) || next === null) continue
      if (kind.kind === 'conflict-copy')
        result.warnings.push({ kind: 'conflict-copy', deviceId, file: name })
      const fetched = await next
      ahead++
      next = ahead < toRead.length ? this.#fetch(path.join(dir, toRead[ahead] as string)) : null
      if (fetched.kind === 'failed') throw fetched.error
      if (fetched.kind !== 'read') continue
      const { bytes, signature } = fetched
      const parsed = parseSegmentFile(bytes, { deviceId, number: kind.number })
      if (!parsed.ok) {
        result.warnings.push({
          kind: 'skipped-file',
          deviceId,
          file: name,
          reason: reasons[parsed.problem],
        })
        continue
      }
      const { segment } = parsed
      let newest = result.newestClocks.get(deviceId)
      for (const op of segment.ops) {
        read.maxSeq = Math.max(read.maxSeq, seqOfOpId(op.id))
        if (newest === undefined || op.clock > newest) newest = op.clock
        // Validated just now: the store keeps these events without parsing them again.
        if (op.kind === 'event') markEventValid(op.event)
      }
      if (newest !== undefined) result.newestClocks.set(deviceId, newest)
      if (kind.kind === 'segment') read.segmentOps.set(segment.number, segment.ops)
      else read.conflictCopies++
      appendAll(result.ops, segment.ops)
      if (kind.kind === 'segment' && segment.sealed && !contested.has(kind.number))
        done.sealed.push([`${deviceId}/${kind.number}`, file])
      else done.unchanged.push([file, signature])
    }
    return read
  }

  /**
   * Reads `file` unless it is gone or unchanged since it was returned. Never rejects (a read
   * ahead may wait a while before anyone looks at it): a failure is handed back instead.
   */
  async #fetch(file: string): Promise<Fetched> {
    try {
      const signature = await signatureOf(file)
      if (signature === null) return { kind: 'skip' }
      if (this.#unchanged.get(file) === signature) return { kind: 'skip' }
      // As bytes: a segment's CRC-32 is checked on the bytes, before they are decoded.
      return { kind: 'read', signature, bytes: await readFile(file) }
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return { kind: 'skip' }
      return { kind: 'failed', error }
    }
  }
}

/** Files one read has returned, marked as read once the whole read succeeds. */
interface Done {
  /** `deviceId/number` of sealed segments, with their paths. */
  sealed: [string, string][]
  /** Other files, with their `size:mtime`. */
  unchanged: [string, string][]
}

/** What every conflict copy's name holds, as layout.ts names them (Dropbox's in any case). */
const MAY_BE_CONFLICT = /conflict/i

/**
 * The numbers of the segments in `names` (one device's folder) that have a conflict copy
 * beside them: two installs wrote them (a copied profile), and the syncer may yet put the
 * other's version under the segment's own name, so even a sealed one is read again whenever
 * it changes rather than never. Nearly always none: only names saying "conflict" are looked at.
 */
function contestedSegments(names: readonly string[]): ReadonlySet<number> {
  const contested = new Set<number>()
  for (const name of names) {
    if (!MAY_BE_CONFLICT.test(name)) continue
    const kind = classify(name)
    if (kind.kind === 'conflict-copy') contested.add(kind.number)
  }
  return contested
}

/** One device's folder as listed ahead, with the read of its first file to read under way. */
type Listing =
  | {
      kind: 'listed'
      /** Its files' names, sorted. */
      names: string[]
      contested: ReadonlySet<number>
      /** The names of the segments and conflict copies to read, in order. */
      toRead: string[]
      first: Promise<Fetched> | null
    }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }

/** A segment file as read ahead: its bytes, nothing to read (gone, unchanged), or the error. */
type Fetched =
  | { kind: 'read'; signature: string; bytes: Buffer }
  | { kind: 'skip' }
  | { kind: 'failed'; error: unknown }

const reasons = {
  unreadable: 'it is incomplete',
  checksum: 'its contents do not match their checksum',
  'wrong-device': 'it names another computer',
  'wrong-number': 'its number does not match its name',
  format: 'it is not in a format this version reads',
} as const

async function signatureOf(file: string): Promise<string | null> {
  try {
    const info = await stat(file)
    return `${info.size}:${info.mtimeMs}`
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null
    throw error
  }
}

async function readDeviceFile(file: string, deviceId: string): Promise<DeviceFile | null> {
  try {
    const parsed = DeviceFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success && parsed.data.deviceId === deviceId ? parsed.data : null
  } catch {
    return null
  }
}
