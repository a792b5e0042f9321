// Characters Windows, macOS or Linux refuse (or treat specially) in a file name: the reserved
// punctuation and every control character, C1 included.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g
// Invisible format characters: zero-width spaces and joiners, the byte-order mark, soft
// hyphens and the bidi controls (U+202E turns "txt.exe" into what reads as "exe.txt").
const INVISIBLE_CHARACTERS = /\p{Cf}/gu
// Names Windows reserves for devices, whatever the extension and with spaces before it:
// CON, PRN, AUX, NUL, COM0-9 and LPT0-9 (the superscript digits ¹ ² ³ count as digits),
// and the console's CONIN$ and CONOUT$.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³])\s*(\.|$)/i
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
 * `title` as the stem of a file name that every file system takes, after one normalisation:
 * NFC (the form Windows and Linux keep and macOS shows), invisible characters removed, unsafe
 * characters as spaces, spaces collapsed, no leading or trailing dots, the length bounded, and
 * `fallback` standing in for a title with nothing usable (or going before a name Windows
 * reserves for a device).
 */
export function safeFileStem(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
  // Leading dots hide a file on macOS and Linux; trailing dots and spaces vanish on Windows.
  const stem = truncateToBytes(cleaned.trim(), MAX_STEM_BYTES).replace(/^[.\s]+|[.\s]+$/g, '')
  if (stem === '') return fallback
  return WINDOWS_DEVICE_NAME.test(stem) ? `${fallback} ${stem}` : stem
}
