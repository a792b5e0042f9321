import type { ExportFormat } from '../../../shared/ipc/contract'

// Characters Windows, macOS or Linux refuse (or treat specially) in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i
// Most file systems allow 255 bytes per name; this leaves room for the suffix.
const MAX_STEM_BYTES = 200
const FALLBACK_STEM = 'Role comparison'

function truncateToBytes(text: string, maxBytes: number): string {
  let kept = ''
  let bytes = 0
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf8')
    if (bytes > maxBytes) break
    kept += character
  }
  return kept
}

function safeStem(title: string): string {
  const cleaned = title.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ')
  // Leading dots hide a file on macOS and Linux; trailing dots and spaces vanish on Windows.
  const stem = truncateToBytes(cleaned.trim(), MAX_STEM_BYTES).replace(/^[.\s]+|[.\s]+$/g, '')
  if (stem === '') return FALLBACK_STEM
  return WINDOWS_DEVICE_NAME.test(stem) ? `${FALLBACK_STEM} ${stem}` : stem
}

/**
 * The name the save dialog suggests for an export, safe on every file system:
 * `AI Programmer vs Data Manager.md`, or `AI Programmer vs Data Manager entities.csv`.
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const stem = safeStem(title)
  return format === 'markdown' ? `${stem}.md` : `${stem} entities.csv`
}
