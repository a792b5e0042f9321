import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import { hasErrorCode } from './errno'

/**
 * What a file is written with: text, or its UTF-8 bytes as chunks written in order (the
 * store's file is kept as chunks, so unchanged parts are not encoded again on every write).
 */
export type FileContent = string | readonly Uint8Array[]

/** The part of an open file that a durable write uses (a subset of `FileHandle`). */
export interface DurableFileHandle {
  /** Writes the whole content; a string as UTF-8. */
  writeFile(data: FileContent): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file-system calls a durable write makes (a subset of `node:fs/promises`), so tests can
 * count them or make them fail.
 */
export interface DurableFs {
  open(filePath: string, flags: string): Promise<DurableFileHandle>
  rename(oldPath: string, newPath: string): Promise<void>
  rm(filePath: string, options: { force: boolean }): Promise<void>
}

/** Error codes of a directory fsync on platforms or file systems that cannot do one. */
const UNSUPPORTED_DIRECTORY_SYNC = ['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP']

/**
 * Writes `content` to `filePath` so that after a crash the file holds either its old or its new
 * content, never a mix: it goes to a uniquely named temp file in the same directory,
 * is fsynced, renamed over the target, and the directory is fsynced so the rename itself
 * survives a power loss. On failure the temp file is removed and the target is untouched.
 */
export async function writeFileDurably(
  filePath: string,
  content: FileContent,
  fs: DurableFs = nodeFs,
): Promise<void> {
  const dir = path.dirname(filePath)
  // Unique per process and per write, so two writers never share (and clobber) a temp file.
  const tempPath = path.join(
    dir,
    `${tempPrefix(filePath)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    const handle = await fs.open(tempPath, 'wx')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tempPath, filePath)
  } catch (error) {
    // Best effort: the caller needs the write's own error, not a failed clean-up's.
    await fs.rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir, fs)
}

/**
 * Copies the file `source` to `filePath` as {@link writeFileDurably} writes: through a temp
 * file that is fsynced and renamed, so after a crash `filePath` is whole or absent. The bytes
 * go from file to file without passing through main's JavaScript, however large the file.
 */
export async function copyFileDurably(source: string, filePath: string): Promise<void> {
  const dir = path.dirname(filePath)
  const tempPath = path.join(
    dir,
    `${tempPrefix(filePath)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    await nodeFs.copyFile(source, tempPath, nodeFs.constants.COPYFILE_EXCL)
    // Opened for writing because Windows only flushes a file through a writable handle.
    const handle = await nodeFs.open(tempPath, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await nodeFs.rename(tempPath, filePath)
  } catch (error) {
    await nodeFs.rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

/** How the temp files of `filePath`'s writes begin (`.role-atlas.json.`). */
function tempPrefix(filePath: string): string {
  return `.${path.basename(filePath)}.`
}

/**
 * Deletes temp files that writes of `filePath` left behind when the process was killed
 * mid-write. Only the file's single owner may call it: a live writer's temp file would go too.
 */
export async function removeLeftoverTempFiles(filePath: string): Promise<void> {
  const dir = path.dirname(filePath)
  const prefix = tempPrefix(filePath)
  const names = await nodeFs.readdir(dir)
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => nodeFs.rm(path.join(dir, name), { force: true })),
  )
}

/** Fsyncs a directory so that renames and new entries in it are durable. */
export async function syncDirectory(dir: string, fs: DurableFs = nodeFs): Promise<void> {
  let handle: DurableFileHandle
  try {
    handle = await fs.open(dir, 'r')
  } catch (error) {
    // Windows cannot open a directory for fsync (EISDIR/EPERM) and Node offers no other way
    // to flush it there; NTFS's metadata journal still keeps the rename atomic.
    if (hasErrorCode(error, ...UNSUPPORTED_DIRECTORY_SYNC)) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (network mounts, some FUSE and FAT drivers) refuse fsync on a
    // directory; the rename is as durable as that file system can make it.
    if (!hasErrorCode(error, ...UNSUPPORTED_DIRECTORY_SYNC)) throw error
  } finally {
    await handle.close()
  }
}

/**
 * Copies `source` byte for byte to `<dir>/<stem>.json` — or `<stem>-2.json`, `-3`… when that
 * name is taken, so no existing file is ever replaced — and makes the copy durable.
 * Returns the copy's path.
 */
export async function copyToNewFile(source: string, dir: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? `${stem}.json` : `${stem}-${n}.json`)
    try {
      await nodeFs.copyFile(source, target, nodeFs.constants.COPYFILE_EXCL)
    } catch (error) {
      if (hasErrorCode(error, 'EEXIST')) continue
      await nodeFs.rm(target, { force: true }).catch(() => undefined)
      throw error
    }
    // Opened for writing because Windows only flushes a file through a writable handle.
    const handle = await nodeFs.open(target, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await syncDirectory(dir)
    return target
  }
}
