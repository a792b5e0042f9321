// Characters Windows, macOS or Linux refuse (or treat specially) in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i
// Most file systems allow 255 bytes per name; this leaves room for the suffix.
const MAX_STEM_BYTES = 200

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

/**
 * `title` as the stem of a file name that every file system takes: unsafe characters become
 * spaces, the length is bounded, and `fallback` stands in for a title with nothing usable (or
 * goes before a name Windows reserves).
 */
export function safeFileStem(title: string, fallback: string): string {
  const cleaned = title.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ')
  // Leading dots hide a file on macOS and Linux; trailing dots and spaces vanish on Windows.
  const stem = truncateToBytes(cleaned.trim(), MAX_STEM_BYTES).replace(/^[.\s]+|[.\s]+$/g, '')
  if (stem === '') return fallback
  return WINDOWS_DEVICE_NAME.test(stem) ? `${fallback} ${stem}` : stem
}
