import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { once } from 'node:events'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  acquireInstanceLock,
  InstanceLockedError,
  instanceLockPath,
} from '../../../src/main/store/instance-lock'
import { testDataFile } from '../ipc/test-container'
import { SOURCE_CATALOG_DIR } from '../../../src/main/services/catalog/bundled-catalog'
import { buildChild } from './crash/build-child'
import { listFiles, useTempDir } from './helpers'

interface Instance {
  child: ChildProcessWithoutNullStreams
  /** The first line it printed: `opened <pid>` or `refused <message>`. */
  firstLine: string
}

/** Starts a real app instance (its own process) on `dir` and waits for what it says first. */
async function startInstance(script: string, dir: string): Promise<Instance> {
  const child = spawn(process.execPath, [script, dir, SOURCE_CATALOG_DIR])
  let output = ''
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('\n')) resolve(output.slice(0, output.indexOf('\n')))
    })
    child.on('close', () => reject(new Error(`the instance exited without a word: ${errors}`)))
  })
  return { child, firstLine }
}

/** Closes an instance's stdin, which shuts it down cleanly, and waits for it to exit. */
async function stopInstance(instance: Instance): Promise<number | null> {
  if (instance.child.exitCode !== null) return instance.child.exitCode
  const exited = once(instance.child, 'exit')
  instance.child.stdin.end()
  const [code] = (await exited) as [number | null]
  return code
}

/** Every file under `dir` with its bytes and modification time. */
async function snapshot(dir: string): Promise<Record<string, { bytes: string; mtimeMs: number }>> {
  const entries = await Promise.all(
    (await listFiles(dir)).map(async (name) => {
      const file = path.join(dir, name)
      const [bytes, info] = await Promise.all([readFile(file, 'base64'), stat(file)])
      return [name, { bytes, mtimeMs: info.mtimeMs }] as const
    }),
  )
  return Object.fromEntries(entries)
}

describe('two app instances on one data folder', () => {
  const tempDir = useTempDir()
  let script = ''

  beforeAll(async () => {
    script = await buildChild(
      path.join(import.meta.dirname, 'crash/app-instance.ts'),
      path.join(import.meta.dirname, '../../../node_modules/.cache/role-atlas-crash'),
    )
  }, 60_000)

  it('refuses the second process, which never touches the data, and lets a later one in', async () => {
    const first = await startInstance(script, tempDir())
    expect(first.firstLine).toBe(`opened ${first.child.pid}`)
    const before = await snapshot(tempDir())
    expect(Object.keys(before)).toContain('role-atlas.json')

    const second = await startInstance(script, tempDir())

    expect(second.firstLine).toBe(
      `refused Role Atlas is already running (process ${first.child.pid}) and is using the data ` +
        `in ${tempDir()}. Switch to that window, or close it and start Role Atlas again.`,
    )
    expect(await stopInstance(second)).toBe(3)
    expect(await snapshot(tempDir())).toEqual(before)

    expect(await stopInstance(first)).toBe(0)
    expect(await listFiles(tempDir())).not.toContain('role-atlas.lock')
    const third = await startInstance(script, tempDir())
    expect(third.firstLine).toBe(`opened ${third.child.pid}`)
    expect(await stopInstance(third)).toBe(0)
  }, 30_000)

  it('takes over the lock of an instance that was killed', async () => {
    const killed = await startInstance(script, tempDir())
    expect(killed.firstLine).toBe(`opened ${killed.child.pid}`)
    const exited = once(killed.child, 'exit')
    killed.child.kill('SIGKILL')
    await exited
    expect(await readFile(path.join(tempDir(), 'role-atlas.lock'), 'utf8')).toBe(
      `${killed.child.pid}\n`,
    )

    const next = await startInstance(script, tempDir())

    expect(next.firstLine).toBe(`opened ${next.child.pid}`)
    expect(await readFile(path.join(tempDir(), 'role-atlas.lock'), 'utf8')).toBe(
      `${next.child.pid}\n`,
    )
    expect(await stopInstance(next)).toBe(0)
  }, 30_000)
})

describe('acquireInstanceLock', () => {
  const tempDir = useTempDir()

  it('refuses a second lock in the same process until the first is released', async () => {
    const dataFile = testDataFile(tempDir())
    const lock = await acquireInstanceLock(dataFile)
    expect(lock.path).toBe(instanceLockPath(dataFile))

    const refusal = acquireInstanceLock(dataFile)

    await expect(refusal).rejects.toBeInstanceOf(InstanceLockedError)
    await expect(refusal).rejects.toMatchObject({ ownerPid: process.pid, dataDir: tempDir() })
    await lock.release()
    await (await acquireInstanceLock(dataFile)).release()
    expect(await listFiles(tempDir())).toEqual([])
  })

  it.each([
    ['no pid at all', ''],
    ['garbled text', 'not a pid\n'],
    ['this process’s own pid from an earlier run', `${process.pid}\n`],
  ])('takes over a lock file holding %s', async (_, content) => {
    const dataFile = testDataFile(tempDir())
    await writeFile(instanceLockPath(dataFile), content)

    const lock = await acquireInstanceLock(dataFile)

    expect(await readFile(lock.path, 'utf8')).toBe(`${process.pid}\n`)
    await lock.release()
  })

  it('refuses a lock held by another running process', async () => {
    const dataFile = testDataFile(tempDir())
    await writeFile(instanceLockPath(dataFile), `${process.ppid}\n`)

    await expect(acquireInstanceLock(dataFile)).rejects.toMatchObject({
      name: 'InstanceLockedError',
      ownerPid: process.ppid,
    })
    expect(await readFile(instanceLockPath(dataFile), 'utf8')).toBe(`${process.ppid}\n`)
    expect(await listFiles(tempDir())).toEqual(['role-atlas.lock'])
  })
})
