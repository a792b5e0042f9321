import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import type { Device } from './devices'

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
