import { crc32 } from 'node:zlib'
import type { Op } from '../../../shared/sync/ops'
import { parseSegment, segmentText, type SegmentProblem } from '../../../shared/sync/segment'
import type { Segment } from '../../../shared/sync/segment'

/** A CRC-32 as segments carry it: 8 hex digits. */
export function crc32Hex(crc: number): string {
  return (crc >>> 0).toString(16).padStart(8, '0')
}

/**
 * The text of a format-2 segment of `ops`, checksum and all, made from scratch: what the
 * writer's carried-on CRC must always give (see folder-writer.ts).
 */
export function wholeSegmentText(
  deviceId: string,
  number: number,
  sealed: boolean,
  ops: readonly Op[],
): string {
  const opsText = JSON.stringify(ops)
  return segmentText(deviceId, number, sealed, opsText, crc32Hex(crc32(opsText)))
}

const OPS_KEY = Buffer.from('"ops":')
const CRC_KEY = Buffer.from(',"crc32":"')
/** Where the writer leaves the CRC's key: `,"crc32":"` + 8 digits + `"}` from the end. */
const TAIL = 64

/**
 * Reads a segment file's bytes as {@link parseSegment} does its text. A format-2 segment's
 * CRC-32 is checked on the bytes read, so a byte garbled inside a multi-byte character (which
 * decoding would turn into U+FFFD) is caught as surely as any other.
 */
export function parseSegmentFile(
  bytes: Buffer,
  expected: { deviceId: string; number: number },
): { ok: true; segment: Segment } | { ok: false; problem: SegmentProblem } {
  return parseSegment(bytes.toString('utf8'), expected, (crc, rawOps) => {
    const wanted = Number.parseInt(crc, 16)
    const ops = opsBytes(bytes)
    if (ops !== null && crc32(ops) === wanted) return true
    // A file written some other way (keys reordered, spaced out) is checked on its parsed ops.
    return crc32(JSON.stringify(rawOps)) === wanted
  })
}

/**
 * The bytes of the ops' JSON text where the writer puts them (right after the first `"ops":`,
 * up to the `crc32` key at the very end), or null when the file is not laid out that way.
 * Hashed where they lie: no copy, and no search through the whole file from its end.
 */
function opsBytes(bytes: Buffer): Buffer | null {
  const start = bytes.indexOf(OPS_KEY)
  const tailStart = Math.max(0, bytes.length - TAIL)
  const inTail = bytes.subarray(tailStart).lastIndexOf(CRC_KEY)
  if (start < 0 || inTail < 0) return null
  const end = tailStart + inTail
  if (end < start + OPS_KEY.length) return null
  return bytes.subarray(start + OPS_KEY.length, end)
}
