import { execFileSync } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FileTooLargeError,
  NotARegularFileError,
  readAtMost,
  readTextFile,
  readWholeFile,
} from '../../../src/main/files/read-at-most'
import { useTempDir } from '../store/helpers'

const posixOnly = process.platform === 'win32' ? it.skip : it

describe('the bounded reader', () => {
  const tempDir = useTempDir()

  it('reads a file whole, across many chunks, and at most the limit', async () => {
    const file = path.join(tempDir(), 'big.bin')
    const content = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
    await writeFile(file, content)
    expect(Buffer.from(await readWholeFile(file, content.length)).equals(content)).toBe(true)
    expect((await readAtMost(file, 1024 * 1024 + 1)).length).toBe(1024 * 1024 + 1)
    await expect(readWholeFile(file, content.length - 1)).rejects.toBeInstanceOf(FileTooLargeError)
  })

  posixOnly('refuses a link to /dev/zero instead of reading without end', async () => {
    const link = path.join(tempDir(), 'export.json')
    await symlink('/dev/zero', link)
    await expect(readWholeFile(link, 50 * 1024 * 1024)).rejects.toBeInstanceOf(NotARegularFileError)
  })

  posixOnly('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = path.join(tempDir(), 'export.json')
    execFileSync('mkfifo', [fifo])
    await expect(readWholeFile(fifo, 1024)).rejects.toBeInstanceOf(NotARegularFileError)
  })

  it('refuses a folder', async () => {
    const folder = path.join(tempDir(), 'folder.json')
    await mkdir(folder)
    await expect(readWholeFile(folder, 1024)).rejects.toThrow()
  })

  posixOnly('follows a link to a regular file unless told not to', async () => {
    const target = path.join(tempDir(), 'real.json')
    const link = path.join(tempDir(), 'link.json')
    await writeFile(target, '{"a":1}')
    await symlink(target, link)
    expect(await readTextFile(link, 1024)).toBe('{"a":1}')
    await expect(readTextFile(link, 1024, { followSymlinks: false })).rejects.toThrow()
  })
})
