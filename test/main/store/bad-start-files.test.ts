import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { lstat, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { Store } from '../../../src/main/store/db'
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/store/schema'
import type { AppStatus } from '@shared/ipc/contract'
import { openTestContainer, testDataFile } from '../ipc/test-container'
import { useTempDir } from './helpers'

const DAY = 24 * 60 * 60 * 1000
const MARKER = 'Saved the day before the damage'

/**
 * Two days of use before the damage: the second day's start backs up the first day's work
 * (the marked comparison), so the newest good backup holds it.
 */
async function useForTwoDays(dataFile: string): Promise<void> {
  const dayBefore = await Store.open(dataFile, { now: () => new Date(Date.now() - 2 * DAY) })
  await dayBefore.update((db) => {
    const at = new Date(Date.now() - 2 * DAY).toISOString()
    db.comparisons.push({
      id: 'marked',
      title: MARKER,
      roleIds: ['data-analyst', 'data-engineer'],
      roleNames: ['Data Analyst', 'Data Engineer'],
      notes: '',
      tags: [],
      createdAt: at,
      updatedAt: at,
    })
  })
  await dayBefore.close()
  const yesterday = await Store.open(dataFile, { now: () => new Date(Date.now() - DAY) })
  await yesterday.close()
}

/** A file the app itself wrote, to cut and edit. */
async function validFileText(dir: string): Promise<string> {
  const file = path.join(dir, 'valid', 'role-atlas.json')
  await (await Store.open(file)).close()
  return readFile(file, 'utf8')
}

type BadFile = [name: string, content: (dir: string) => Promise<Buffer>, reason: RegExp]

const badFiles: BadFile[] = [
  ['an empty file', async () => Buffer.alloc(0), /it was empty/],
  ['4 KiB of NUL bytes', async () => Buffer.alloc(4096), /not valid JSON/],
  [
    'a valid file cut in half',
    async (dir) => {
      const text = await validFileText(dir)
      return Buffer.from(text.slice(0, text.length / 2))
    },
    /not valid JSON/,
  ],
  [
    'JSON of another shape',
    async () => Buffer.from(`{"schemaVersion":${CURRENT_SCHEMA_VERSION},"roles":"none"}`),
    /not in the expected format/,
  ],
  [
    'a file from a future version',
    async (dir) => {
      const data = JSON.parse(await validFileText(dir)) as Record<string, unknown>
      return Buffer.from(JSON.stringify({ ...data, schemaVersion: 99 }))
    },
    new RegExp(
      `newer version of Role Atlas \\(data version 99; this version reads up to ${CURRENT_SCHEMA_VERSION}\\)`,
    ),
  ],
]

async function statusOf(container: Awaited<ReturnType<typeof openTestContainer>>) {
  const result = await invokeChannel(container.handlers, 'app:status', undefined, () => undefined)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as AppStatus
}

/** Starts the app on the damaged file and checks what a user would find. */
async function startOnDamagedFile(
  dir: string,
  bad: Buffer,
  reason: RegExp,
  hasBackup: boolean,
): Promise<void> {
  await writeFile(testDataFile(dir), bad)
  const backupsBefore = hasBackup ? await readdir(path.join(dir, 'backups')) : []

  const container = await openTestContainer(dir)

  const { notices } = await statusOf(container)
  expect(notices).toHaveLength(1)
  const [notice] = notices
  expect(notice?.kind).toBe(hasBackup ? 'recovered-from-backup' : 'reset-to-defaults')
  expect(notice?.message).toMatch(reason)
  // Set aside byte for byte, next to the data file, and named in the notice.
  expect(path.dirname(notice?.movedAsidePath ?? '')).toBe(dir)
  expect(path.basename(notice?.movedAsidePath ?? '')).toMatch(/^role-atlas\.corrupt-.*\.json$/)
  expect(notice?.message).toContain(notice?.movedAsidePath)
  expect((await readFile(notice?.movedAsidePath ?? '')).equals(bad)).toBe(true)
  const titles = container.store.data.comparisons.map((comparison) => comparison.title)
  if (hasBackup) {
    expect(path.dirname(notice?.restoredFromPath ?? '')).toBe(path.join(dir, 'backups'))
    expect(titles).toContain(MARKER)
    // Every backup is still there: restoring one spends none of them.
    expect(await readdir(path.join(dir, 'backups'))).toEqual(expect.arrayContaining(backupsBefore))
  } else {
    expect(titles).toEqual([])
  }
  await container.shutdown()

  // The next start finds a good file and has nothing more to say.
  const again = await openTestContainer(dir)
  expect((await statusOf(again)).notices).toEqual([])
  await again.shutdown()
}

describe('starting the app on a bad data file', () => {
  const tempDir = useTempDir()

  describe.each(badFiles)('of %s', (_, content, reason) => {
    it('starts, sets the file aside and restores the newest good backup', async () => {
      const bad = await content(tempDir())
      await useForTwoDays(testDataFile(tempDir()))
      await startOnDamagedFile(tempDir(), bad, reason, true)
    })

    it('starts from a fresh file when there is no backup, saying so', async () => {
      const bad = await content(tempDir())
      await startOnDamagedFile(tempDir(), bad, reason, false)
    })
  })

  it('starts on 100 MB of junk, setting it aside intact', async () => {
    const junk = randomBytes(100 * 2 ** 20)
    await useForTwoDays(testDataFile(tempDir()))
    await startOnDamagedFile(tempDir(), junk, /not valid JSON/, true)
  }, 60_000)

  for (const kind of ['a FIFO', 'a link to /dev/zero'] as const) {
    const posixOnly = process.platform === 'win32' ? it.skip : it
    posixOnly(
      `starts when the data file is ${kind}, renaming it aside and restoring a backup`,
      async () => {
        const dir = tempDir()
        await useForTwoDays(testDataFile(dir))
        await rm(testDataFile(dir))
        if (kind === 'a FIFO') execFileSync('mkfifo', [testDataFile(dir)])
        else await symlink('/dev/zero', testDataFile(dir))
        const container = await openTestContainer(dir)
        const [notice] = (await statusOf(container)).notices
        expect(notice?.kind).toBe('recovered-from-backup')
        expect(notice?.message).toMatch(/it is not a regular file but a pipe or a device/)
        expect((await lstat(notice?.movedAsidePath ?? '')).isFile()).toBe(false)
        const titles = container.store.data.comparisons.map((comparison) => comparison.title)
        expect(titles).toContain(MARKER)
        await container.shutdown()
        expect((await lstat(testDataFile(dir))).isFile()).toBe(true)
      },
    )
  }
})
