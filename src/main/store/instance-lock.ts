import { randomBytes } from 'node:crypto'
import { link, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { hasErrorCode } from './errno'
import { readTextFile } from '../files/read-at-most'
import { LOCK_FILE_MAX_BYTES } from './store-limits'

/** Another running Role Atlas holds the data folder; this one must not open the data. */
export class InstanceLockedError extends Error {
  constructor(
    readonly ownerPid: number,
    readonly dataDir: string,
  ) {
    super(
      `Role Atlas is already running (process ${ownerPid}) and is using the data in ${dataDir}. ` +
        'Switch to that window, or close it and start Role Atlas again.',
    )
    this.name = 'InstanceLockedError'
  }
}

/** A held data-folder lock; release it once the store is closed. */
export interface InstanceLock {
  readonly path: string
  release(): Promise<void>
}

/** `<dir>/role-atlas.lock` for `/data/role-atlas.json`. */
export function instanceLockPath(dataFilePath: string): string {
  return path.join(path.dirname(dataFilePath), `${path.parse(dataFilePath).name}.lock`)
}

/** Lock files this process holds, so a second container in the same process is refused too. */
const heldHere = new Set<string>()

/**
 * Takes the data folder for this process before anything reads the data file: the lock file,
 * holding our pid, appears atomically (linked from a complete temp file, so nobody ever reads
 * it half-written) and only if it does not exist yet. A lock whose owner is no longer running
 * (the app crashed or was killed) is taken over; a live owner's lock is refused with an
 * {@link InstanceLockedError}. Electron's single-instance lock guards the packaged app too;
 * this one also covers runs that share a data folder without sharing Electron's lock.
 */
export async function acquireInstanceLock(dataFilePath: string): Promise<InstanceLock> {
  const lockPath = instanceLockPath(dataFilePath)
  const dataDir = path.dirname(dataFilePath)
  if (heldHere.has(lockPath)) throw new InstanceLockedError(process.pid, dataDir)
  await mkdir(dataDir, { recursive: true })
  const tempPath = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(tempPath, `${process.pid}\n`, { flag: 'wx' })
  try {
    // Take the lock; or, when its owner is gone, remove it and try again. A lock that is back
    // by the next round belongs to another start that won the race. (Two starts that find the
    // same stale lock at the same instant could both remove it; launches of the packaged app
    // are serialized by Electron's lock first.)
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tempPath, lockPath)
        heldHere.add(lockPath)
        return { path: lockPath, release: () => releaseLock(lockPath) }
      } catch (error) {
        if (!hasErrorCode(error, 'EEXIST')) throw error
      }
      const owner = await readOwner(lockPath)
      if (owner !== null && (attempt > 0 || isRunning(owner))) {
        throw new InstanceLockedError(owner, dataDir)
      }
      await rm(lockPath, { force: true })
    }
  } finally {
    await rm(tempPath, { force: true })
  }
}

async function releaseLock(lockPath: string): Promise<void> {
  heldHere.delete(lockPath)
  await rm(lockPath, { force: true })
}

/** The pid in the lock file; null when the file is gone or does not hold one. */
async function readOwner(lockPath: string): Promise<number | null> {
  let text: string
  try {
    text = await readTextFile(lockPath, LOCK_FILE_MAX_BYTES, { followSymlinks: false })
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null
    throw error
  }
  const pid = Number(text.trim())
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

/** Whether a process with `pid` exists; signal 0 only checks. EPERM: it exists, not ours. */
function isRunning(pid: number): boolean {
  // Our own pid in a lock we do not hold is a previous run's, reused after a restart.
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return hasErrorCode(error, 'EPERM')
  }
}
