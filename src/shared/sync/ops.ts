import { z } from 'zod'
import { ActivityEventSchema } from '../domain/progress/types'
import { isStamp } from './hlc'

/**
 * The format every sync file names; a reader skips files of a format it does not know.
 * `device.json` is still written in it; segments were, up to release 0.1.0 (see
 * {@link SEGMENT_FORMAT}), and those are still read.
 */
export const SYNC_FORMAT = 'role-atlas-sync/1'

/**
 * The format segments are written in: as {@link SYNC_FORMAT}, but checked by a CRC-32 of the
 * ops' UTF-8 bytes under the key `crc32`, in place of FNV-1a of their UTF-16 text under
 * `checksum`. A reader of format 1 finds no `checksum` and skips the file as "not in a format
 * this version reads", rather than misreading it.
 */
export const SEGMENT_FORMAT = 'role-atlas-sync/2'

/** A device id: random, URL-safe, and short enough for a folder name. */
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/)

/** A hybrid-logical-clock stamp (see hlc.ts). */
const StampSchema = z.string().refine(isStamp, 'not a clock stamp')

/** `<deviceId>:<seq>`: unique everywhere, as only its device makes ops under its id. */
const OpIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}:[1-9]\d{0,15}$/)

/** The kinds of record that sync last-writer-wins; progress travels as events instead. */
export const syncedCollections = ['plans', 'comparisons', 'roles', 'articles', 'settings'] as const
export type SyncedCollection = (typeof syncedCollections)[number]

/**
 * The name segments written by release 0.1.0 give plans (the code's old name for them). They
 * stay in sync folders, so a reader still takes them, as `plans`; new ops are written as `plans`.
 */
const LEGACY_PLANS_COLLECTION = 'checklists' // rename:keep (a name on disk)

/** A collection named in an op: one of {@link syncedCollections}, or the legacy name of plans. */
const SyncedCollectionSchema = z
  .enum([...syncedCollections, LEGACY_PLANS_COLLECTION])
  .transform((name): SyncedCollection => (name === LEGACY_PLANS_COLLECTION ? 'plans' : name))

const RecordIdSchema = z.string().min(1).max(200)

/** One progress change (an activity event): synced as a grow-only set. */
const EventOpSchema = z.object({
  kind: z.literal('event'),
  id: OpIdSchema,
  clock: StampSchema,
  event: ActivityEventSchema,
})

/**
 * A write of some registers of one record. `fields` maps a register name to its new value:
 * `$` is the record's body (everything not merged field by field), other names are fields that
 * two machines commonly edit apart (a plan's title, items) and so merge one by one.
 */
const PutOpSchema = z.object({
  kind: z.literal('put'),
  id: OpIdSchema,
  clock: StampSchema,
  collection: SyncedCollectionSchema,
  recordId: RecordIdSchema,
  fields: z.record(z.string().min(1).max(64), z.unknown()),
})

/** A delete: a tombstone on the record's body, competing by clock like any write. */
const RemoveOpSchema = z.object({
  kind: z.literal('remove'),
  id: OpIdSchema,
  clock: StampSchema,
  collection: SyncedCollectionSchema,
  recordId: RecordIdSchema,
})

export const OpSchema = z.discriminatedUnion('kind', [EventOpSchema, PutOpSchema, RemoveOpSchema])
export type Op = z.infer<typeof OpSchema>
export type EventOp = z.infer<typeof EventOpSchema>

/** The register that holds a record's body (and its tombstone). */
export const BODY = '$'

/** The device id an op id names. */
export function deviceOfOpId(opId: string): string {
  return opId.slice(0, opId.lastIndexOf(':'))
}

/**
 * `deviceOfOpId(opId) === deviceId` (a device id holds no colon), without cutting the id out:
 * checked on every op of a merge (50,000 in a first one), where the cut cost more than the
 * loop it sat in.
 */
export function isOpOfDevice(opId: string, deviceId: string): boolean {
  return opId.startsWith(deviceId) && opId.charCodeAt(deviceId.length) === 0x3a
}

/** Op numbers this long or shorter are below 2^53: read digit by digit, they are exact. */
const EXACT_SEQ_DIGITS = 15

/**
 * The sequence number an op id names: `Number` of what follows its last colon. Read digit by
 * digit where that gives the same number, without cutting the id: the folder reader asks it
 * of every op it reads.
 */
export function seqOfOpId(opId: string): number {
  const start = opId.lastIndexOf(':') + 1
  if (opId.length - start > EXACT_SEQ_DIGITS) return Number(opId.slice(start))
  let seq = 0
  for (let i = start; i < opId.length; i++) {
    const digit = opId.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return Number(opId.slice(start))
    seq = seq * 10 + digit
  }
  return seq
}
