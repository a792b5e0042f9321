import path from 'node:path'

/** `role-atlas` for `/data/role-atlas.json`: the stem that backup and aside names start with. */
export function fileStem(filePath: string): string {
  return path.parse(filePath).name
}

/** An ISO time that every file system accepts in a name: `2026-11-23T12-00-00-000Z`. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}
