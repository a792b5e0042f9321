import { z } from 'zod'
import { fnv1a } from './checksum'
import { readOps } from './op-check'
import { DeviceIdSchema, OpSchema, SEGMENT_FORMAT, SYNC_FORMAT, type Op } from './ops'

/** A 32-bit checksum as segments carry it: 8 hex digits. */
const ChecksumSchema = z.string().regex(/^[0-9a-f]{8}$/)

const segmentFields = {
  deviceId: DeviceIdSchema,
  number: z.number().int().min(1),
  /** Sealed segments are full and never written again; the open one is replaced whole. */
  sealed: z.boolean(),
  ops: z.array(OpSchema),
}

/**
 * One file of a device's append-only log: its ops, in the order the device made them, and a
 * checksum that tells a whole file from one a syncer cut short or mangled. Format 2 (written
 * now) carries a CRC-32 of the ops' UTF-8 bytes as `crc32`; format 1 (release 0.1.0, still
 * read) an FNV-1a of their UTF-16 text as `checksum`.
 */
export const SegmentSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal(SEGMENT_FORMAT), ...segmentFields, crc32: ChecksumSchema }),
  z.object({ format: z.literal(SYNC_FORMAT), ...segmentFields, checksum: ChecksumSchema }),
])
export type Segment = z.infer<typeof SegmentSchema>
/** A segment as release 0.1.0 wrote it. */
export type Format1Segment = Extract<Segment, { format: typeof SYNC_FORMAT }>

/** A segment without its ops: checked by the schema, while the ops go through {@link readOps}. */
const SegmentHeaderSchema = z.discriminatedUnion('format', [
  SegmentSchema.options[0].omit({ ops: true }),
  SegmentSchema.options[1].omit({ ops: true }),
])

/**
 * What {@link SegmentSchema} makes of `raw`, or null when it refuses it; the ops are read by
 * {@link readOps}, which gives the schema's answer in a fraction of its time.
 */
export function readSegment(raw: unknown): Segment | null {
  const header = SegmentHeaderSchema.safeParse(raw)
  const rawOps = (raw as { ops?: unknown } | null)?.ops
  if (!header.success || !Array.isArray(rawOps)) return null
  const ops = readOps(rawOps)
  if (ops === null) return null
  return { ...header.data, ops }
}

/** The format-1 checksum of `ops`: FNV-1a over their JSON, as written and as read back. */
function checksumOf(ops: readonly unknown[]): string {
  return fnv1a(JSON.stringify(ops))
}

/**
 * What identifies a list of ops: their ids and clocks. A device compares the open segment in
 * the folder with the one it last wrote by this, to notice another install writing as it.
 */
export function fingerprintOf(ops: readonly Op[]): string {
  return fnv1a(ops.map(fingerprintPart).join(','))
}

/** An op's part of {@link fingerprintOf}'s text; the parts are joined by commas. */
export function fingerprintPart(op: Op): string {
  return `${op.id}@${op.clock}`
}

/**
 * A segment of `ops` in format 1, as release 0.1.0 wrote them: what this version must still
 * read, and what its tests write to prove it. New segments are written in format 2 by the
 * main process (which has a native CRC-32): see {@link segmentText}.
 */
export function makeFormat1Segment(
  deviceId: string,
  number: number,
  sealed: boolean,
  ops: Op[],
): Format1Segment {
  return { format: SYNC_FORMAT, deviceId, number, sealed, ops, checksum: checksumOf(ops) }
}

/**
 * The text of a format-2 segment as `JSON.stringify` gives it, made from the ops' JSON text
 * and `crc32`, the CRC-32 of that text's UTF-8 bytes: a device appending one op to its open
 * segment then serialises that one op, not the segment's thousand, and carries the CRC on.
 */
export function segmentText(
  deviceId: string,
  number: number,
  sealed: boolean,
  opsText: string,
  crc32: string,
): string {
  return `{"format":${JSON.stringify(SEGMENT_FORMAT)},"deviceId":${JSON.stringify(deviceId)},"number":${JSON.stringify(number)},"sealed":${JSON.stringify(sealed)},"ops":${opsText},"crc32":"${crc32}"}`
}

/** The JSON text of `before`'s ops followed by `added`, from the JSON text of `before`'s. */
export function appendedOpsText(beforeText: string, added: readonly Op[]): string {
  if (added.length === 0) return beforeText
  const addedText = JSON.stringify(added)
  return beforeText === '[]' ? addedText : `${beforeText.slice(0, -1)},${addedText.slice(1)}`
}

/** Why a segment's text was not used; the reader skips it and tries again next time. */
export type SegmentProblem = 'unreadable' | 'checksum' | 'wrong-device' | 'wrong-number' | 'format'

/**
 * Whether a format-2 segment's ops have the CRC-32 `crc32` (8 hex digits): checked on the
 * bytes as read, which only the reader holds (`rawOps` is what they parsed to).
 */
export type Crc32Check = (crc32: string, rawOps: readonly unknown[]) => boolean

/**
 * Reads a segment's text: the segment when it parses, validates, its checksum matches and it
 * is the file it should be (`deviceId`, `number`), otherwise why not. Never throws. A
 * format-2 segment is read only with `crc32Matches`, the check of its bytes; without it, it is
 * refused as of a format not read here.
 */
export function parseSegment(
  text: string,
  expected: { deviceId: string; number: number },
  crc32Matches?: Crc32Check,
): { ok: true; segment: Segment } | { ok: false; problem: SegmentProblem } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
  // The checksum is checked on the raw ops before the schema, so a mangled file costs no more.
  const fields = raw as { format?: unknown; ops?: unknown; checksum?: unknown; crc32?: unknown }
  const rawOps = fields?.ops
  if (!Array.isArray(rawOps)) return { ok: false, problem: 'format' }
  if (fields.format === SEGMENT_FORMAT && crc32Matches !== undefined) {
    if (typeof fields.crc32 !== 'string') return { ok: false, problem: 'format' }
    if (!crc32Matches(fields.crc32, rawOps)) return { ok: false, problem: 'checksum' }
  } else if (fields.format === SYNC_FORMAT) {
    const rawChecksum = fields.checksum
    if (typeof rawChecksum !== 'string') return { ok: false, problem: 'format' }
    if (!opsTextMatches(text, rawChecksum) && checksumOf(rawOps) !== rawChecksum)
      return { ok: false, problem: 'checksum' }
  } else return { ok: false, problem: 'format' }
  const segment = readSegment(raw)
  if (segment === null) return { ok: false, problem: 'format' }
  if (segment.deviceId !== expected.deviceId) return { ok: false, problem: 'wrong-device' }
  if (segment.number !== expected.number) return { ok: false, problem: 'wrong-number' }
  // Every op must be this device's own: a device publishes only the changes it made.
  const prefix = `${segment.deviceId}:`
  if (segment.ops.some((op) => !op.id.startsWith(prefix)))
    return { ok: false, problem: 'wrong-device' }
  return { ok: true, segment }
}

const OPS_KEY = '"ops":'
const CHECKSUM_KEY = ',"checksum":"'

/**
 * True when the format-1 file holds its ops' JSON text as release 0.1.0's writer wrote it (the
 * `ops` value right before the closing `checksum`) and that text has the checksum. The
 * checksum is then checked on the bytes read, without writing 1,000 ops out to JSON again; a
 * file written any other way is checked on its parsed ops instead.
 */
function opsTextMatches(text: string, checksum: string): boolean {
  const end = text.lastIndexOf(CHECKSUM_KEY)
  const start = text.indexOf(OPS_KEY)
  if (start < 0 || end < start) return false
  // Hashed where it lies: a slice of the text is read a third slower than the text itself.
  return fnv1a(text, start + OPS_KEY.length, end) === checksum
}
