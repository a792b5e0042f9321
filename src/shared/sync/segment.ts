import { z } from 'zod'
import { fnv1a } from './checksum'
import { readOps } from './op-check'
import { DeviceIdSchema, OpSchema, SYNC_FORMAT, type Op } from './ops'

/**
 * One file of a device's append-only log: its ops, in the order the device made them, and a
 * checksum that tells a whole file from one a syncer cut short or mangled.
 */
export const SegmentSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  deviceId: DeviceIdSchema,
  number: z.number().int().min(1),
  /** Sealed segments are full and never written again; the open one is replaced whole. */
  sealed: z.boolean(),
  ops: z.array(OpSchema),
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
})
export type Segment = z.infer<typeof SegmentSchema>

/** A segment without its ops: checked by the schema, while the ops go through {@link readOps}. */
const SegmentHeaderSchema = SegmentSchema.omit({ ops: true })

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
  const { format, deviceId, number, sealed, checksum } = header.data
  return { format, deviceId, number, sealed, ops, checksum }
}

/** The checksum of `ops`: FNV-1a over their JSON, as written and as read back. */
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

/** A segment of `ops` with its checksum. */
export function makeSegment(deviceId: string, number: number, sealed: boolean, ops: Op[]): Segment {
  return { format: SYNC_FORMAT, deviceId, number, sealed, ops, checksum: checksumOf(ops) }
}

/**
 * The text of {@link makeSegment}'s segment as `JSON.stringify` gives it, made from the ops'
 * JSON text: a device appending one op to its open segment then serialises that one op, not
 * the segment's thousand. A writer that carried the checksum on from its last write passes it.
 */
export function segmentText(
  deviceId: string,
  number: number,
  sealed: boolean,
  opsText: string,
  checksum: string = fnv1a(opsText),
): string {
  return `{"format":${JSON.stringify(SYNC_FORMAT)},"deviceId":${JSON.stringify(deviceId)},"number":${JSON.stringify(number)},"sealed":${JSON.stringify(sealed)},"ops":${opsText},"checksum":"${checksum}"}`
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
 * Reads a segment's text: the segment when it parses, validates, its checksum matches and it
 * is the file it should be (`deviceId`, `number`), otherwise why not. Never throws.
 */
export function parseSegment(
  text: string,
  expected: { deviceId: string; number: number },
): { ok: true; segment: Segment } | { ok: false; problem: SegmentProblem } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
  // The checksum is checked on the raw ops before the schema, so a mangled file costs no more.
  const rawOps = (raw as { ops?: unknown } | null)?.ops
  const rawChecksum = (raw as { checksum?: unknown } | null)?.checksum
  if (!Array.isArray(rawOps) || typeof rawChecksum !== 'string')
    return { ok: false, problem: 'format' }
  if (!opsTextMatches(text, rawChecksum) && checksumOf(rawOps) !== rawChecksum)
    return { ok: false, problem: 'checksum' }
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
 * True when the file holds its ops' JSON text as {@link makeSegment}'s writer wrote it (the
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
