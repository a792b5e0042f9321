import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { DeviceIdSchema, OpSchema } from '../../../shared/sync/ops'
import { writeFileDurably, type DurableFs } from '../../store/durable-fs'
import { hasErrorCode } from '../../store/errno'
import { DEVICE_NAME_MAX } from './device-file'

/**
 * What this install keeps about sync in its own user-data folder (never in the synced folder):
 * its device id, its clock, the ops of its open segment, and the folder it syncs through.
 */
const LocalSyncStateSchema = z.object({
  deviceId: DeviceIdSchema,
  installNonce: z.string().min(8).max(64),
  deviceName: z.string().max(DEVICE_NAME_MAX),
  /** The chosen folder, or null when sync is off. */
  folder: z.string().nullable(),
  /** The folder this device has joined (published what it holds to). */
  joinedFolder: z.string().nullable(),
  /** The folder something was already merged from: the first merge from a folder is backed up. */
  mergedFolder: z.string().nullable(),
  /** The number of ops made under this id. */
  seq: z.number().int().min(0),
  clock: z.object({ wall: z.number().int().min(0), counter: z.number().int().min(0) }),
  /** The segment being filled (earlier ones are sealed) and how many ops it holds. */
  openSegment: z.number().int().min(1),
  openCount: z.number().int().min(0),
  /** Ops made here and not yet written to the folder (it was away, or a write failed). */
  pending: z.array(OpSchema),
  /** The fingerprint of the open segment as last written, to notice another writer. */
  lastWrittenChecksum: z.string().nullable(),
  lastChangeAt: z.iso.datetime().nullable(),
  lastSyncAt: z.iso.datetime().nullable(),
  forgotten: z.array(DeviceIdSchema),
  /**
   * Per forgotten device, the highest op number it had published when it was forgotten: an
   * op past that means it has synced again (it is then listed again, and the user told).
   * Absent in files of older versions.
   */
  forgottenAt: z.record(DeviceIdSchema, z.number().int().min(0)).default({}),
  /**
   * Whether this id has been used in a sync folder. Until then it is only the origin of this
   * install's changes (kept so that it stays the same from launch to launch), and turning sync
   * on keeps it; once used, a new folder gets a new id. Files of older versions were only
   * written with sync on, hence the default.
   */
  hasSynced: z.boolean().default(true),
  /**
   * Said once to the user: this install had to take a new id, or a forgotten computer synced
   * again. (Named for the first; the name stays for the files already written.)
   */
  cloneNotice: z.string().nullable(),
  /**
   * Records from other computers that this version cannot use (`collection/id`), left out of
   * the data file: the warning about each stays until a later change makes it usable or
   * deletes it, since the merge that met it is not repeated. Absent in files of older versions.
   */
  unusableRecords: z.array(z.string()).default([]),
})
export type LocalSyncState = z.infer<typeof LocalSyncStateSchema>

/** A fresh random install nonce (see DeviceFileSchema.installNonce). */
export function newInstallNonce(): string {
  return randomBytes(12).toString('base64url')
}

/** A fresh random id: 16 URL-safe characters. */
function newDeviceId(): string {
  return randomBytes(12).toString('base64url')
}

/** A fresh state for a new install (or one that must take a new id). */
export function freshState(deviceName: string): LocalSyncState {
  return {
    deviceId: newDeviceId(),
    installNonce: newInstallNonce(),
    deviceName,
    folder: null,
    joinedFolder: null,
    mergedFolder: null,
    seq: 0,
    clock: { wall: 0, counter: 0 },
    openSegment: 1,
    openCount: 0,
    pending: [],
    lastWrittenChecksum: null,
    lastChangeAt: null,
    lastSyncAt: null,
    forgotten: [],
    forgottenAt: {},
    hasSynced: false,
    cloneNotice: null,
    unusableRecords: [],
  }
}

/**
 * Reads the state file; a missing or unreadable one starts a fresh state (sync off), since
 * nothing in it is the user's data: the data file holds all of that. `saved` says whether the
 * state came from the file (a fresh one is saved on first need, see SyncEngine.deviceId).
 */
export async function loadLocalState(
  filePath: string,
  deviceName: string,
): Promise<{ state: LocalSyncState; saved: boolean }> {
  try {
    const parsed = LocalSyncStateSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')))
    if (parsed.success) return { state: parsed.data, saved: true }
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT') && !(error instanceof SyntaxError)) throw error
  }
  return { state: freshState(deviceName), saved: false }
}

/** Writes the state file atomically and durably. */
export async function saveLocalState(
  filePath: string,
  state: LocalSyncState,
  fs?: DurableFs,
): Promise<void> {
  await writeFileDurably(filePath, JSON.stringify(state), fs)
}
