import { constants, lstat, open } from 'node:fs/promises'

/** The path names something other than a regular file: a device, a pipe, a socket, a folder. */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREG'
  constructor(filePath: string) {
    super(`Not a regular file: ${filePath}`)
    this.name = 'NotARegularFileError'
  }
}

/** The file holds more than the reader accepts; nothing of it is returned. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG'
  // A plain field, not a parameter property: scripts run this file with Node's type stripping.
  readonly maxBytes: number
  constructor(filePath: string, maxBytes: number) {
    super(`Larger than ${maxBytes} bytes: ${filePath}`)
    this.name = 'FileTooLargeError'
    this.maxBytes = maxBytes
  }
}

export interface ReadOptions {
  /**
   * False to refuse a symbolic link itself rather than read what it points to: for files the
   * app finds in its own folders (backups), where a link can only have been planted.
   */
  followSymlinks?: boolean
}

// Platforms without these flags (Windows) get 0, i.e. no flag; see the checks below.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0
// Opening a FIFO for reading waits for a writer; non-blocking, the open returns at once and
// the check below refuses it.
const NON_BLOCKING = constants.O_NONBLOCK ?? 0
// Past the size the file had when opened, chunks grow the buffer as bytes arrive, so a limit
// never costs its size in memory up front.
const CHUNK_BYTES = 1024 * 1024

/**
 * The first `limit` bytes of a regular file, or all of it when shorter. Reading one byte past
 * the largest accepted size is enough to tell a file that is too large without loading all
 * of it. The type is checked on the opened handle, not from the path, so a device (a link to
 * `/dev/zero`), a pipe or a socket is refused with {@link NotARegularFileError} before a byte
 * is read, and a file swapped in after a look at its path cannot slip through.
 */
export async function readAtMost(
  filePath: string,
  limit: number,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const noFollow = options.followSymlinks === false ? NO_FOLLOW : 0
  // Without O_NOFOLLOW (Windows) the link is looked at first; the handle's check still holds.
  if (options.followSymlinks === false && NO_FOLLOW === 0) {
    if ((await lstat(filePath)).isSymbolicLink()) throw new NotARegularFileError(filePath)
  }
  const handle = await open(filePath, constants.O_RDONLY | NON_BLOCKING | noFollow)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotARegularFileError(filePath)
    const chunks: Uint8Array[] = []
    let filled = 0
    // The file's size as a first chunk, read in one piece: the data file is tens of megabytes,
    // and gathering it in 1 MB chunks cost one more copy of it on every start.
    let chunkBytes = Math.max(CHUNK_BYTES, stats.size + 1)
    while (filled < limit) {
      const chunk = new Uint8Array(Math.min(chunkBytes, limit - filled))
      chunkBytes = CHUNK_BYTES
      let chunkFilled = 0
      while (chunkFilled < chunk.length) {
        const { bytesRead } = await handle.read(
          chunk,
          chunkFilled,
          chunk.length - chunkFilled,
          filled + chunkFilled,
        )
        if (bytesRead === 0) break
        chunkFilled += bytesRead
      }
      chunks.push(chunk.subarray(0, chunkFilled))
      filled += chunkFilled
      if (chunkFilled < chunk.length) break
    }
    return chunks.length === 1 ? (chunks[0] ?? new Uint8Array()) : Buffer.concat(chunks)
  } finally {
    await handle.close()
  }
}

/**
 * All of a regular file of at most `maxBytes` (see {@link readAtMost}); a larger one is a
 * {@link FileTooLargeError}, found after reading one byte past the limit, never more.
 */
export async function readWholeFile(
  filePath: string,
  maxBytes: number,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const bytes = await readAtMost(filePath, maxBytes + 1, options)
  if (bytes.length > maxBytes) throw new FileTooLargeError(filePath, maxBytes)
  return bytes
}

/** A regular file of at most `maxBytes` as UTF-8 text (see {@link readWholeFile}). */
export async function readTextFile(
  filePath: string,
  maxBytes: number,
  options: ReadOptions = {},
): Promise<string> {
  return new TextDecoder().decode(await readWholeFile(filePath, maxBytes, options))
}
