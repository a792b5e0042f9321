import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { ActivityEvent } from '../../../shared/domain/progress/types'
import { isStamp } from '../../../shared/sync/hlc'
import { BODY, DeviceIdSchema, OpSchema, type Op } from '../../../shared/sync/ops'
import { splitRecordKey, type ReplicaSnapshot } from '../../../shared/sync/replica'
import { hasErrorCode } from '../../store/errno'
import type { Db } from '../../store/schema'
import { adapters } from './collections'
import type { ReadMarks } from './folder-reader'

/** The file beside `sync-state.json` in the user-data folder (never in the synced folder). */
export function mergedStateFileFor(stateFilePath: string): string {
  return path.join(path.dirname(stateFilePath), 'sync-merged.json')
}

const StampSchema = z.string().refine(isStamp, 'not a clock stamp')
const OpIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}:[1-9]\d{0,15}$/)

/**
 * `sync-merged.json`: what this install has merged from the folder, kept across starts so a
 * start reads only the files that are new or changed since (a forgotten computer's files,
 * and every sealed segment, are then never read again). It is a cache: when it is missing,
 * unreadable or does not fit the data file, the start reads the whole folder as before.
 */
const MergedStateSchema = z.object({
  format: z.literal('role-atlas-merged/1'),
  /** The identity and folder it was made under; any other is not resumed from it. */
  deviceId: DeviceIdSchema,
  folder: z.string(),
  /** The merged registers and op ids (see Replica.snapshot). */
  seen: z.record(DeviceIdSchema, z.number().int().min(0)),
  extraOps: z.array(OpIdSchema),
  records: z.array(
    z.tuple([
      z.string(),
      z.array(z.tuple([z.string().min(1), StampSchema, OpIdSchema, z.unknown()])),
    ]),
  ),
  /**
   * Each merged event as `[clock, event id]`: the event itself is the one in the data file's
   * activity log, which holds every merged event, so it is not kept twice.
   */
  events: z.array(z.tuple([StampSchema, z.string()])),
  /**
   * Keys of deleted records compacted away: ops of theirs read again leave them gone. A file
   * without it (written before it was kept) is not resumed from: the start reads the folder.
   */
  compacted: z.array(z.string()),
  /** The files read (see FolderReader), and ops held back for a clock too far ahead. */
  marks: z.object({
    sealed: z.array(z.string()),
    files: z.array(z.tuple([z.string(), z.string()])),
  }),
  held: z.array(OpSchema),
})
type MergedStateFile = z.infer<typeof MergedStateSchema>

/** What a start resumes from. */
export interface MergedState {
  deviceId: string
  folder: string
  replica: ReplicaSnapshot
  marks: ReadMarks
  held: Op[]
}

/**
 * Writes `state` atomically (a temp file renamed over the old one), without waiting for the
 * disk: it is a cache, so after a power cut an old or unreadable file only means a start reads
 * more of the folder, and it is saved after every pass that merged something.
 */
export async function saveMergedState(filePath: string, state: MergedState): Promise<void> {
  const file: MergedStateFile = {
    format: 'role-atlas-merged/1',
    deviceId: state.deviceId,
    folder: state.folder,
    seen: state.replica.seen,
    extraOps: state.replica.extraOps,
    records: state.replica.records,
    events: state.replica.events.map(([clock, event]) => [clock, event.id]),
    compacted: state.replica.compacted,
    marks: state.marks,
    held: state.held,
  }
  const temp = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temp, JSON.stringify(file))
    await rename(temp, filePath)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Removes the file (sync turned off or moved to another folder): nothing resumes from it. */
export async function removeMergedState(filePath: string): Promise<void> {
  await rm(filePath, { force: true })
}

/**
 * Reads the file for `deviceId` syncing through `folder`, or null when there is none that fits
 * `data`: every merged event must be in the activity log, and every merged record that is not
 * deleted must be in the data file. A data file put back from elsewhere (an older copy) then
 * makes the start read the whole folder again, which brings it back in step.
 */
export async function loadMergedState(
  filePath: string,
  expected: { deviceId: string; folder: string },
  data: Readonly<Db>,
): Promise<MergedState | null> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(filePath, 'utf8'))
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT') || error instanceof SyntaxError) return null
    throw error
  }
  const parsed = MergedStateSchema.safeParse(raw)
  if (!parsed.success) return null
  const file = parsed.data
  if (file.deviceId !== expected.deviceId || file.folder !== expected.folder) return null
  const activity = new Map<string, ActivityEvent>(data.activity.map((event) => [event.id, event]))
  const events: [string, ActivityEvent][] = []
  for (const [clock, eventId] of file.events) {
    const event = activity.get(eventId)
    if (event === undefined) return null
    events.push([clock, event])
  }
  if (!recordsFit(file.records, data)) return null
  return {
    deviceId: file.deviceId,
    folder: file.folder,
    replica: {
      seen: file.seen,
      extraOps: file.extraOps,
      records: file.records,
      events,
      compacted: file.compacted,
    },
    marks: file.marks,
    held: file.held,
  }
}

/** True when every record the registers hold as not deleted is in the data file. */
function recordsFit(records: MergedStateFile['records'], data: Readonly<Db>): boolean {
  const present = new Map<string, Map<string, unknown>>()
  for (const [key, registers] of records) {
    const body = registers.find(([name]) => name === BODY)
    if (body === undefined || body[3] === null) continue
    const { collection, recordId } = splitRecordKey(key)
    const adapter = adapters[collection as keyof typeof adapters]
    if (adapter === undefined) return false
    let byId = present.get(collection)
    if (byId === undefined) {
      byId = adapter.records(data)
      present.set(collection, byId)
    }
    if (!byId.has(recordId)) return false
  }
  return true
}
