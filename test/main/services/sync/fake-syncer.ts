import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { clock, type Device } from './devices'

/** A file a device wrote in its own copy of the folder: `devices/<id>/<name>`. */
interface SourceFile {
  from: Device
  relative: string
}

/** Every whole file each device wrote itself (its own folder, in its own copy), temp files left out. */
export async function ownFiles(devices: readonly Device[]): Promise<SourceFile[]> {
  const files: SourceFile[] = []
  for (const device of devices) {
    const id = device.engine.status().deviceId
    const dir = path.join(device.syncDir, APP_FOLDER, 'devices', id)
    const names = await readdir(dir).catch(() => [])
    for (const name of names)
      if (!name.startsWith('.'))
        files.push({ from: device, relative: path.join(APP_FOLDER, 'devices', id, name) })
  }
  return files
}

/** Copies one file the way a syncer finishes a download: to a temp name, then renamed. */
export async function copyWhole(file: SourceFile, to: Device): Promise<void> {
  const target = path.join(to.syncDir, file.relative)
  await mkdir(path.dirname(target), { recursive: true })
  const temp = path.join(path.dirname(target), `.syncthing.${path.basename(target)}.tmp`)
  await copyFile(path.join(file.from.syncDir, file.relative), temp)
  await rename(temp, target)
}

/** Lets the syncer settle: every device's own files reach every other device's copy. */
export async function copyAll(devices: readonly Device[]): Promise<void> {
  for (const file of await ownFiles(devices))
    for (const to of devices) if (to !== file.from) await copyWhole(file, to)
}

/** A download cut off halfway, left under the file's real name (a syncer that writes in place). */
export async function copyPartial(file: SourceFile, to: Device): Promise<void> {
  const target = path.join(to.syncDir, file.relative)
  await mkdir(path.dirname(target), { recursive: true })
  const text = await readFile(path.join(file.from.syncDir, file.relative), 'utf8')
  await writeFile(target, text.slice(0, Math.floor(text.length / 2)))
}

/** An iCloud placeholder: the file exists in the cloud but is not downloaded here yet. */
export async function copyAsPlaceholder(file: SourceFile, to: Device): Promise<void> {
  const target = path.join(to.syncDir, file.relative)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(path.join(path.dirname(target), `.${path.basename(target)}.icloud`), 'bplist00')
}

/** A syncer's temp file, mid-download, beside where the file will go. */
export async function copyAsTemp(file: SourceFile, to: Device): Promise<void> {
  const target = path.join(to.syncDir, file.relative)
  await mkdir(path.dirname(target), { recursive: true })
  const text = await readFile(path.join(file.from.syncDir, file.relative), 'utf8')
  await writeFile(
    path.join(path.dirname(target), `~syncthing~${path.basename(target)}.tmp`),
    text.slice(0, 10),
  )
}

/** A conflict copy beside the file, named as Syncthing or Dropbox name them. */
export async function copyAsConflict(
  file: SourceFile,
  to: Device,
  style: 'syncthing' | 'dropbox',
  content: 'whole' | 'partial' = 'whole',
): Promise<string> {
  const target = path.join(to.syncDir, file.relative)
  const stem = path.basename(target, '.json')
  const name =
    style === 'syncthing'
      ? `${stem}.sync-conflict-20260601-101500-ABCDEFG.json`
      : `${stem} (Desktop's conflicted copy 2026-06-01).json`
  await mkdir(path.dirname(target), { recursive: true })
  const text = await readFile(path.join(file.from.syncDir, file.relative), 'utf8')
  await writeFile(
    path.join(path.dirname(target), name),
    content === 'whole' ? text : text.slice(0, 40),
  )
  return name
}

/** What iCloud does once a file is downloaded: the placeholder goes. */
export async function downloadPlaceholders(devices: readonly Device[]): Promise<void> {
  const { rm } = await import('node:fs/promises')
  for (const device of devices) {
    const root = path.join(device.syncDir, APP_FOLDER, 'devices')
    const entries = await readdir(root, { recursive: true }).catch(() => [])
    for (const entry of entries)
      if (entry.endsWith('.icloud')) await rm(path.join(root, entry), { force: true })
  }
}

/** Every device syncs, then the syncer copies what they wrote between them, `rounds` times,
 * and each syncs once more, taking in the last copies. */
export async function settle(devices: readonly Device[], rounds = 2): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    clock.now += 1000
    for (const device of devices) await device.engine.sync()
    await copyAll(devices)
  }
  for (const device of devices) await device.engine.sync()
}

let conflicts = 0

/**
 * A syncer round as Syncthing or Dropbox run it when two computers wrote the same file (a
 * copied profile writing under one device id): per file, one version is kept under the real
 * name everywhere, including on the computers whose version lost, and every other version
 * is kept beside it as a conflict copy, on every computer; with `no copy`, the others are
 * dropped, as a syncer that keeps the last write does (or a user who deleted the copy before
 * every computer read it). `keep` picks the kept version among the computers that wrote one.
 */
export async function copyAllWithConflicts(
  devices: readonly Device[],
  keep: (writers: readonly Device[]) => Device,
  style: 'syncthing' | 'dropbox' | 'no copy' = 'syncthing',
): Promise<void> {
  const versions = new Map<string, Map<string, Device[]>>()
  for (const file of await ownFiles(devices)) {
    const text = await readFile(path.join(file.from.syncDir, file.relative), 'utf8')
    const byText = versions.get(file.relative) ?? new Map<string, Device[]>()
    byText.set(text, [...(byText.get(text) ?? []), file.from])
    versions.set(file.relative, byText)
  }
  for (const [relative, byText] of versions) {
    const writers = [...byText.values()].map((holders) => holders[0] as Device)
    const kept = keep(writers)
    for (const [text, holders] of byText) {
      const isKept = holders.includes(kept)
      if (!isKept && style === 'no copy') continue
      const stem = path.basename(relative, '.json')
      const name = isKept
        ? path.basename(relative)
        : style === 'syncthing'
          ? `${stem}.sync-conflict-20260601-10${String(++conflicts).padStart(4, '0')}-ABCDEFG.json`
          : `${stem} (${holders[0]?.name ?? 'Desktop'}'s conflicted copy ${++conflicts}).json`
      for (const to of devices) {
        const target = path.join(to.syncDir, path.dirname(relative), name)
        await mkdir(path.dirname(target), { recursive: true })
        await writeFile(target, text)
      }
    }
  }
}
