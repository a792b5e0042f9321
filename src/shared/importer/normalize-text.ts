/** Spaces that are not plain spaces: no-break, thin, ideographic and the like. */
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Characters with no width that copy-and-paste leaves behind. */
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g

/**
 * The article as trimmed lines: any line ending (CRLF, CR, LF), a byte-order mark, odd spaces,
 * invisible characters and runs of spaces all reduced to the plain forms.
 */
export function articleLines(text: string): string[] {
  return text
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .split(/\r\n|\r|\n|\f|\u2028|\u2029/)
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
}
