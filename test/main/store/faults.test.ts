import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { Store } from '../../../src/main/store/db'
import type { DurableFs } from '../../../src/main/store/durable-fs'
import { StoreWriteError } from '../../../src/main/store/store-write-error'
import { openTestContainer, testDataFile } from '../ipc/test-container'
import { listFiles, useTempDir } from './helpers'

/** Each step of a durable write (see writeFileDurably), in the order it happens. */
const steps = [
  'open the temp file',
  'write the temp file',
  'fsync the temp file',
  'close the temp file',
  'rename it over the data file',
  'open the directory',
  'fsync the directory',
] as const
type Step = (typeof steps)[number]
type Code = 'ENOSPC' | 'EIO' | 'EPERM'
const codes: Code[] = ['ENOSPC', 'EIO', 'EPERM']

/** What the user reads for each failure. */
const messages: Record<Code, string> = {
  ENOSPC: 'Your change could not be saved: the disk is full. Free up some space, then try again.',
  EIO: 'Your change could not be saved: the disk reported an error. Your data saved before this change is safe; try again.',
  EPERM:
    'Your change could not be saved: Role Atlas is not allowed to write to its data folder. Check that the folder is writable, then try again.',
}

function systemError(code: Code, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall}`), { code, syscall })
}

/** The real file system, failing at one step of every write while `fault` is set. */
function faultyFs(): { fs: DurableFs; fail(step: Step, code: Code): void; heal(): void } {
  let fault: { step: Step; code: Code } | null = null
  const failAt = (step: Step, syscall: string): void => {
    if (fault?.step === step) throw systemError(fault.code, syscall)
  }
  const fs: DurableFs = {
    async open(filePath, flags) {
      const isDirectory = flags === 'r'
      failAt(isDirectory ? 'open the directory' : 'open the temp file', 'open')
      const handle = await nodeFs.open(filePath, flags)
      return {
        async writeFile(data) {
          failAt('write the temp file', 'write')
          await handle.writeFile(data)
        },
        async sync() {
          failAt(isDirectory ? 'fsync the directory' : 'fsync the temp file', 'fsync')
          await handle.sync()
        },
        async close() {
          // The descriptor is released either way, as a failing close(2) does.
          await handle.close()
          if (!isDirectory) failAt('close the temp file', 'close')
        },
      }
    },
    async rename(oldPath, newPath) {
      failAt('rename it over the data file', 'rename')
      await nodeFs.rename(oldPath, newPath)
    },
    rm: (filePath, options) => nodeFs.rm(filePath, options),
  }
  return {
    fs,
    fail: (step, code) => {
      fault = { step, code }
    },
    heal: () => {
      fault = null
    },
  }
}

/**
 * What a failure at each step leaves. Before the rename the data file is untouched; after it
 * the new text is in place but may not be durable, so the store still refuses to acknowledge
 * it. A directory that may not be opened or fsynced at all (EPERM: Windows, some network
 * drives) is a platform limit the store accepts, so that write is acknowledged.
 */
function expectedOutcome(
  step: Step,
  code: Code,
): 'rejected, old file' | 'rejected, new file' | 'saved' {
  if (steps.indexOf(step) < steps.indexOf('open the directory')) return 'rejected, old file'
  return code === 'EPERM' ? 'saved' : 'rejected, new file'
}

const cases = steps.flatMap((step) => codes.map((code) => [step, code] as const))

describe('the store when the disk fails mid-write', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  it.each(cases)('at "%s" with %s', async (step, code) => {
    const disk = faultyFs()
    const store = await Store.open(dataFile(), { fs: disk.fs })
    await store.update((db) => {
      db.catalogVersion = 1
    })
    const before = await nodeFs.readFile(dataFile(), 'utf8')

    disk.fail(step, code)
    const failing = store.update((db) => {
      db.catalogVersion = 2
    })
    const outcome = expectedOutcome(step, code)
    if (outcome === 'saved') {
      await failing
    } else {
      const error = await failing.then(
        () => 'acknowledged',
        (reason: unknown) => reason,
      )
      expect(error).toBeInstanceOf(StoreWriteError)
      expect(error).toMatchObject({ code: 'internal', message: messages[code] })
      expect((error as Error).cause).toMatchObject({ code })
    }

    const afterFault = await nodeFs.readFile(dataFile(), 'utf8')
    if (outcome === 'rejected, old file') expect(afterFault).toBe(before)
    else expect(JSON.parse(afterFault)).toMatchObject({ catalogVersion: 2 })
    // No half-written temp file is left behind, whatever the step.
    expect((await listFiles(tempDir())).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const reopened = await Store.open(dataFile())
    expect(reopened.notices).toEqual([])
    await reopened.close()

    disk.heal()
    await store.update((db) => {
      db.settings = { windowBounds: { x: 0, y: 0, width: 800, height: 600, maximized: false } }
    })
    await store.close()
    const next = await Store.open(dataFile())
    // The refused change stayed in memory and the next successful write carried it.
    expect(next.data.catalogVersion).toBe(2)
    expect(next.data.settings.windowBounds?.width).toBe(800)
    expect(next.notices).toEqual([])
    await next.close()
  })

  it('acknowledges none of a burst of overlapping updates that shared a failed write', async () => {
    const disk = faultyFs()
    const store = await Store.open(dataFile(), { fs: disk.fs })
    disk.fail('write the temp file', 'ENOSPC')
    const burst = [1, 2, 3].map((catalogVersion) =>
      store.update((db) => {
        db.catalogVersion = catalogVersion
      }),
    )
    const settled = await Promise.allSettled(burst)
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(JSON.parse(await nodeFs.readFile(dataFile(), 'utf8'))).toMatchObject({
      catalogVersion: 0,
    })
    await store.close()
  })
})

describe('a disk failure seen through the IPC layer', () => {
  const tempDir = useTempDir()

  it.each(codes)(
    'answers %s with a typed error the user can read, then saves once healed',
    async (code) => {
      const disk = faultyFs()
      const container = await openTestContainer(tempDir(), { storeOptions: { fs: disk.fs } })
      const reportError = vi.fn()
      const before = await nodeFs.readFile(testDataFile(tempDir()), 'utf8')
      const input = { key: 'skill:python', status: 'done' }

      disk.fail('write the temp file', code)
      const refused = await invokeChannel(container.handlers, 'progress:set', input, reportError)

      expect(refused).toEqual({ ok: false, error: { code: 'internal', message: messages[code] } })
      expect(await nodeFs.readFile(testDataFile(tempDir()), 'utf8')).toBe(before)
      disk.heal()
      const saved = await invokeChannel(container.handlers, 'progress:set', input, reportError)
      expect(saved).toMatchObject({ ok: true })
      expect(reportError).not.toHaveBeenCalled()
      await container.shutdown()
    },
  )
})
