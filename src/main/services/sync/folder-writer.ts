import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { FNV_OFFSET, fnvHex, fnvOn } from '../../../shared/sync/checksum'
import type { Op } from '../../../shared/sync/ops'
import { appendedOpsText, fingerprintPart, segmentText } from '../../../shared/sync/segment'
import * as nodeFs from 'node:fs/promises'
import { writeFileDurably, type DurableFs } from '../../store/durable-fs'
import { hasErrorCode } from '../../store/errno'
import type { DeviceFile } from './device-file'
import { deviceDir, DEVICE_FILE, segmentName } from './layout'
import { crc32Hex } from './segment-file'

/** How many ops a segment holds before it is sealed and the next one begun. */
const SEGMENT_OPS = 1000

/** Where this device's log stands: the open segment's number and its ops. */
export interface OpenSegment {
  number: number
  ops: Op[]
  /** The {@link fingerprintOf} the open segment as last written. */
  checksum: string | null
  /** The JSON text of `ops` as last written, when this device wrote it in this run. */
  opsText?: string
  /**
   * Where the segment's CRC-32 stands after the UTF-8 bytes of `opsText` but its closing
   * bracket, and FNV-1a (see checksum.ts) after the ops' fingerprint text, when this device
   * wrote them in this run: the next write then hashes only its own ops. Hashing the whole
   * open segment again cost a publish of one change a millisecond or two beside the durable
   * write itself. Never saved: after a start the open segment, whatever format it was read in,
   * is hashed whole and written whole in the current one.
   */
  hashes?: { opsText: number; fingerprint: number }
}

/**
 * The hashes of `ops` (see {@link OpenSegment.hashes}) after `added` joined `before`, from
 * `before`'s, or from the start when they are not known.
 */
function hashesAfter(
  before: OpenSegment,
  beforeText: string,
  opsText: string,
  added: readonly Op[],
): { opsText: number; fingerprint: number } {
  const known = before.hashes !== undefined && before.opsText === beforeText
  const previous = known ? before.hashes : undefined
  // `opsText` is `beforeText` but its bracket, then the added ops (appendedOpsText). Cut
  // next to an ASCII bracket or comma, the pieces' UTF-8 bytes are the whole text's.
  const textHash =
    previous && beforeText !== '[]'
      ? crc32(opsText.slice(beforeText.length - 1, -1), previous.opsText)
      : crc32(opsText.slice(0, -1))
  // The fingerprint's text: each op's `id@clock`, joined by commas (fingerprintOf).
  const pieces = previous ? added : [...before.ops, ...added]
  let fingerprint = previous ? previous.fingerprint : FNV_OFFSET
  pieces.forEach((op, index) => {
    const first = index === 0 && !previous
    fingerprint = fnvOn(fingerprint, `${first ? '' : ','}${fingerprintPart(op)}`)
  })
  return { opsText: textHash, fingerprint }
}

/**
 * Writes `pending` ops into this device's folder: the open segment is replaced whole,
 * atomically (a dot-prefixed temp file in the same folder, flushed, renamed over it); once it
 * holds {@link SEGMENT_OPS} ops it is sealed and never written again. Returns the new open
 * segment. On failure nothing of a sealed segment is touched and the caller keeps `pending`.
 * The open segment's text is kept between writes, so a change costs the text of its own ops,
 * not of the whole segment again.
 */
export async function publishOps(
  root: string,
  deviceId: string,
  open: OpenSegment,
  pending: readonly Op[],
  fs: DurableFs = nodeFs,
): Promise<OpenSegment> {
  const dir = deviceDir(root, deviceId)
  let current = open
  let from = 0
  while (from < pending.length) {
    const batch = pending.slice(from, from + SEGMENT_OPS - current.ops.length)
    const ops = [...current.ops, ...batch]
    const beforeText = current.opsText ?? JSON.stringify(current.ops)
    const opsText = appendedOpsText(beforeText, batch)
    const hashes = hashesAfter(current, beforeText, opsText, batch)
    const sealed = ops.length >= SEGMENT_OPS
    // The CRC is finished from the one of all but the ops' closing bracket.
    const checksum = crc32Hex(crc32(']', hashes.opsText))
    const text = segmentText(deviceId, current.number, sealed, opsText, checksum)
    await writeInFolder(dir, path.join(dir, segmentName(current.number)), text, fs)
    from += batch.length
    current = sealed
      ? { number: current.number + 1, ops: [], checksum: null, opsText: '[]' }
      : { number: current.number, ops, checksum: fnvHex(hashes.fingerprint), opsText, hashes }
  }
  return current
}

/**
 * Writes `text` to `file` durably, making this device's folder `dir` only when the write finds
 * it missing (the first write, or the folder removed since): making it before every write
 * cost each publish of one change a call to the disk more.
 */
async function writeInFolder(
  dir: string,
  file: string,
  text: string,
  fs: DurableFs,
): Promise<void> {
  try {
    await writeFileDurably(file, text, fs)
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error
    await mkdir(dir, { recursive: true })
    await writeFileDurably(file, text, fs)
  }
}

/** Replaces this device's `device.json` atomically. */
export async function writeDeviceFile(
  root: string,
  device: DeviceFile,
  fs: DurableFs = nodeFs,
): Promise<void> {
  const dir = deviceDir(root, device.deviceId)
  await mkdir(dir, { recursive: true })
  await writeFileDurably(path.join(dir, DEVICE_FILE), JSON.stringify(device, null, 2), fs)
}
