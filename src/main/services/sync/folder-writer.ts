import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Op } from '../../../shared/sync/ops'
import { appendedOpsText, fingerprintOf, segmentText } from '../../../shared/sync/segment'
import * as nodeFs from 'node:fs/promises'
import { writeFileDurably, type DurableFs } from '../../store/durable-fs'
import type { DeviceFile } from './device-file'
import { deviceDir, DEVICE_FILE, segmentName } from './layout'

/** How many ops a segment holds before it is sealed and the next one begun. */
export const SEGMENT_OPS = 1000

/** Where this device's log stands: the open segment's number and its ops. */
export interface OpenSegment {
  number: number
  ops: Op[]
  /** The {@link fingerprintOf} the open segment as last written. */
  checksum: string | null
  /** The JSON text of `ops` as last written, when this device wrote it in this run. */
  opsText?: string
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
  await mkdir(dir, { recursive: true })
  let current = open
  let from = 0
  while (from < pending.length) {
    const batch = pending.slice(from, from + SEGMENT_OPS - current.ops.length)
    const ops = [...current.ops, ...batch]
    const opsText = appendedOpsText(current.opsText ?? JSON.stringify(current.ops), batch)
    const sealed = ops.length >= SEGMENT_OPS
    const text = segmentText(deviceId, current.number, sealed, opsText)
    await writeFileDurably(path.join(dir, segmentName(current.number)), text, fs)
    from += batch.length
    current = sealed
      ? { number: current.number + 1, ops: [], checksum: null, opsText: '[]' }
      : { number: current.number, ops, checksum: fingerprintOf(ops), opsText }
  }
  return current
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
