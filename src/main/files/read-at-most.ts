import { open } from 'node:fs/promises'

/**
 * The first `limit` bytes of a file, or all of it when shorter. Reading one byte past the
 * largest accepted size is enough to tell a file that is too large without loading all of it.
 */
export async function readAtMost(filePath: string, limit: number): Promise<Uint8Array> {
  const handle = await open(filePath, 'r')
  try {
    const buffer = new Uint8Array(limit)
    let filled = 0
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
