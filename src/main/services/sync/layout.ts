import path from 'node:path'

/** The folder Role Atlas keeps inside the folder the user chose. */
export const APP_FOLDER = 'Role Atlas'
export const DEVICE_FILE = 'device.json'

/** `<chosen>/Role Atlas/devices`. */
export function devicesDir(root: string): string {
  return path.join(root, APP_FOLDER, 'devices')
}

/** `<chosen>/Role Atlas/devices/<deviceId>`: written by that device only. */
export function deviceDir(root: string, deviceId: string): string {
  return path.join(devicesDir(root), deviceId)
}

/** `seg-000001.json`. */
export function segmentName(number: number): string {
  return `seg-${String(number).padStart(6, '0')}.json`
}

/** What a file in a device's folder is, judged by its name alone. */
export type FileKind =
  | { kind: 'segment'; number: number }
  | { kind: 'conflict-copy'; number: number }
  | { kind: 'device' }
  | { kind: 'device-conflict-copy' }
  | { kind: 'placeholder' }
  | { kind: 'ignored' }

const SEGMENT = /^seg-(\d{6})\.json$/
// Syncthing: `seg-000001.sync-conflict-20260101-120000-ABCDEFG.json`.
const SYNCTHING_CONFLICT = /^seg-(\d{6})\.sync-conflict-[^.]*\.json$/
// Dropbox: `seg-000001 (Laptop's conflicted copy 2026-01-01).json`.
const DROPBOX_CONFLICT = /^seg-(\d{6}) \(.*conflicted copy.*\)\.json$/i

/**
 * Classifies a file name. Temp and partial files (`*.tmp`, dot-files, Syncthing's `.syncthing.*`
 * and `~syncthing~*`) are ignored: they are whole files on their way, to be read once renamed.
 * An iCloud placeholder (`.seg-000001.json.icloud`) is a file not downloaded yet, never a
 * deletion.
 */
export function classify(name: string): FileKind {
  if (name.endsWith('.icloud')) return { kind: 'placeholder' }
  if (name.startsWith('.') || name.startsWith('~syncthing~') || name.endsWith('.tmp'))
    return { kind: 'ignored' }
  if (name === DEVICE_FILE) return { kind: 'device' }
  const segment = SEGMENT.exec(name)
  if (segment) return { kind: 'segment', number: Number(segment[1]) }
  const conflict = SYNCTHING_CONFLICT.exec(name) ?? DROPBOX_CONFLICT.exec(name)
  if (conflict) return { kind: 'conflict-copy', number: Number(conflict[1]) }
  if (name.startsWith('device.') || name.startsWith('device '))
    return { kind: 'device-conflict-copy' }
  return { kind: 'ignored' }
}
