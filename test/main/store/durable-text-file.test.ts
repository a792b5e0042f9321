import * as fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  writeFileDurably,
  type DurableFileHandle,
  type DurableFs,
  type FileContent,
} from '../../../src/main/store/durable-fs'
import { DurableTextFile } from '../../../src/main/store/durable-text-file'
import { listFiles, useTempDir } from './helpers'

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

interface Faults {
  /** Fail the content write of the n-th temp file (1-based) with this code. */
  writeFails?: { nth: number; code: string }
  /** Fail opening or syncing directories with this code. */
  directoryOpenFails?: string
  directorySyncFails?: string
}

/** The real file system, recording each call as a line and failing where told to. */
function recordingFs(faults: Faults = {}): { fs: DurableFs; calls: string[]; tempFiles: string[] } {
  const calls: string[] = []
  const tempFiles: string[] = []
  const recorded: DurableFs = {
    async open(filePath, flags) {
      calls.push(`open ${filePath} ${flags}`)
      const isDirectory = flags === 'r'
      if (isDirectory && faults.directoryOpenFails) throw systemError(faults.directoryOpenFails)
      if (!isDirectory) tempFiles.push(filePath)
      const nth = tempFiles.length
      const handle = await fs.open(filePath, flags)
      const wrapped: DurableFileHandle = {
        async writeFile(data) {
          if (!isDirectory && faults.writeFails?.nth === nth) {
            await handle.writeFile(data.slice(0, 3))
            throw systemError(faults.writeFails.code)
          }
          await handle.writeFile(data)
        },
        async sync() {
          calls.push(`sync ${filePath}`)
          if (isDirectory && faults.directorySyncFails) throw systemError(faults.directorySyncFails)
          await handle.sync()
        },
        close: () => handle.close(),
      }
      return wrapped
    },
    async rename(oldPath, newPath) {
      calls.push(`rename ${oldPath} ${newPath}`)
      await fs.rename(oldPath, newPath)
    },
    rm: (filePath, options) => fs.rm(filePath, options),
  }
  return { fs: recorded, calls, tempFiles }
}

describe('writeFileDurably', () => {
  const tempDir = useTempDir()

  it('writes the text and leaves no temp file behind', async () => {
    const target = path.join(tempDir(), 'data.json')
    await writeFileDurably(target, '{"a":1}\n')
    await writeFileDurably(target, '{"a":2}\n')
    expect(await fs.readFile(target, 'utf8')).toBe('{"a":2}\n')
    expect(await listFiles(tempDir())).toEqual(['data.json'])
  })

  it('writes chunks of bytes one after another, as the text they spell', async () => {
    const target = path.join(tempDir(), 'data.json')
    const encoder = new TextEncoder()
    await writeFileDurably(target, [encoder.encode('{"naïve": '), encoder.encode('"–"}\n')])
    expect(await fs.readFile(target, 'utf8')).toBe('{"naïve": "–"}\n')
    expect(await listFiles(tempDir())).toEqual(['data.json'])
  })

  it('uses a new temp file in the same directory, named after the process, for every write', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded, tempFiles } = recordingFs()
    await writeFileDurably(target, 'one', recorded)
    await writeFileDurably(target, 'two', recorded)
    expect(tempFiles).toHaveLength(2)
    expect(new Set(tempFiles).size).toBe(2)
    for (const tempFile of tempFiles) {
      expect(path.dirname(tempFile)).toBe(tempDir())
      expect(path.basename(tempFile)).toContain(String(process.pid))
    }
  })

  it('syncs the data before renaming it into place, then syncs the directory', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded, calls, tempFiles } = recordingFs()
    await writeFileDurably(target, 'text', recorded)
    const temp = tempFiles[0] ?? ''
    expect(calls).toEqual([
      `open ${temp} wx`,
      `sync ${temp}`,
      `rename ${temp} ${target}`,
      `open ${tempDir()} r`,
      `sync ${tempDir()}`,
    ])
  })

  it('on a failed write (disk full) keeps the old file, removes the temp file and rejects', async () => {
    const target = path.join(tempDir(), 'data.json')
    await fs.writeFile(target, 'old content')
    const { fs: recorded } = recordingFs({ writeFails: { nth: 1, code: 'ENOSPC' } })
    await expect(writeFileDurably(target, 'new content', recorded)).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    expect(await fs.readFile(target, 'utf8')).toBe('old content')
    expect(await listFiles(tempDir())).toEqual(['data.json'])
  })

  it.each(['EISDIR', 'EPERM'])(
    'succeeds where directories cannot be opened for fsync (%s)',
    async (code) => {
      const target = path.join(tempDir(), 'data.json')
      const { fs: recorded } = recordingFs({ directoryOpenFails: code })
      await writeFileDurably(target, 'text', recorded)
      expect(await fs.readFile(target, 'utf8')).toBe('text')
    },
  )

  it('succeeds where the file system refuses to fsync a directory (EINVAL)', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded } = recordingFs({ directorySyncFails: 'EINVAL' })
    await writeFileDurably(target, 'text', recorded)
    expect(await fs.readFile(target, 'utf8')).toBe('text')
  })

  it('reports a real I/O error of the directory fsync', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded } = recordingFs({ directorySyncFails: 'EIO' })
    await expect(writeFileDurably(target, 'text', recorded)).rejects.toMatchObject({
      code: 'EIO',
    })
  })
})

describe('DurableTextFile', () => {
  const tempDir = useTempDir()

  it('reads null for a missing file and the text of an existing one', async () => {
    const file = new DurableTextFile(path.join(tempDir(), 'data.json'))
    expect(await file.read()).toBeNull()
    await file.write('hello')
    expect(await file.read()).toBe('hello')
  })

  it('coalesces 50 overlapping writes into a few physical ones, ending with the newest text', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded, tempFiles } = recordingFs()
    const file = new DurableTextFile(target, { fs: recorded })
    const writes = Array.from({ length: 50 }, (_, i) => file.write(`generation ${i}`))
    await expect(Promise.all(writes)).resolves.toHaveLength(50)
    expect(await fs.readFile(target, 'utf8')).toBe('generation 49')
    expect(tempFiles.length).toBeLessThan(5)
    expect(await listFiles(tempDir())).toEqual(['data.json'])
  })

  it('resolves each caller only once text at least as new as theirs is durable', async () => {
    const target = path.join(tempDir(), 'data.json')
    const seenOnResolve: string[] = []
    const file = new DurableTextFile(target)
    const writes = ['a', 'b', 'c'].map((text) =>
      file.write(text).then(async () => {
        seenOnResolve.push(await fs.readFile(target, 'utf8'))
      }),
    )
    await Promise.all(writes)
    expect(seenOnResolve[0]).toMatch(/^[abc]$/)
    expect(seenOnResolve.slice(1)).toEqual(['c', 'c'])
  })

  it('rejects only the callers whose text failed to be written', async () => {
    const target = path.join(tempDir(), 'data.json')
    const { fs: recorded } = recordingFs({ writeFails: { nth: 1, code: 'ENOSPC' } })
    const file = new DurableTextFile(target, { fs: recorded })
    const first = file.write('first')
    const second = file.write('second')
    const third = file.write('third')
    await expect(first).rejects.toMatchObject({ code: 'ENOSPC' })
    await expect(second).resolves.toBeUndefined()
    await expect(third).resolves.toBeUndefined()
    expect(await fs.readFile(target, 'utf8')).toBe('third')
    expect(await listFiles(tempDir())).toEqual(['data.json'])
  })

  it('runs afterWrite with the written text before resolving', async () => {
    const target = path.join(tempDir(), 'data.json')
    const after: FileContent[] = []
    const file = new DurableTextFile(target, {
      afterWrite: async (text) => {
        after.push(text)
      },
    })
    await file.write('x')
    expect(after).toEqual(['x'])
  })
})
