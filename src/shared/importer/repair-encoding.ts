// Articles copied through the wrong decoder arrive with each UTF-8 byte of a character turned
// into a Windows code-page character: "’" as "â€™" (Windows-1252), "·" as "ยท" (Windows-874,
// Thai) or "Β·" (Windows-1253, Greek). Mapping those characters back to their bytes and
// decoding the bytes as UTF-8 restores the text; only runs that decode to valid UTF-8 change.

/** Windows-1252 for bytes 0x80–0x9F, the range the damaged seeds use with every code page. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
/** Windows-1253 (Greek) for bytes 0xA0–0xFF; "\uFFFD" marks bytes it leaves undefined. */
const WINDOWS_1253_UPPER =
  '\u00A0΅Ά£¤¥¦§¨©\uFFFD«¬\u00AD®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\uFFFDΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\uFFFD'

/** Every character a code page shows for a byte ≥ 0x80, mapped back to that byte. */
const BYTE_OF = buildByteTable()

function buildByteTable(): Map<number, number> {
  const table = new Map<number, number>()
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(byte, byte) // Latin-1 and C1 controls
  for (let i = 0; i < WINDOWS_1252_HIGH.length; i++) {
    table.set(WINDOWS_1252_HIGH.charCodeAt(i), 0x80 + i)
  }
  for (let i = 0; i < WINDOWS_1253_UPPER.length; i++) {
    const code = WINDOWS_1253_UPPER.charCodeAt(i)
    if (code !== 0xfffd && !table.has(code)) table.set(code, 0xa0 + i)
  }
  // Windows-874 puts Thai U+0E01–U+0E5B at bytes 0xA1–0xFB, in order.
  for (let code = 0x0e01; code <= 0x0e5b; code++) table.set(code, 0xa1 + code - 0x0e01)
  return table
}

function continuationAt(text: string, index: number): number | null {
  const byte = BYTE_OF.get(text.charCodeAt(index))
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf ? byte : null
}

/**
 * Decodes the damaged character sequence starting at `index`, if there is one: the code point
 * and how many characters it spans. Overlong forms and surrogates count as no sequence.
 */
function damagedSequenceAt(
  text: string,
  index: number,
): { codePoint: number; length: number } | null {
  const lead = BYTE_OF.get(text.charCodeAt(index))
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return null
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  if (index + length > text.length) return null
  let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)
  for (let offset = 1; offset < length; offset++) {
    const byte = continuationAt(text, index + offset)
    if (byte === null) return null
    codePoint = (codePoint << 6) | (byte & 0x3f)
  }
  const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000
  const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff
  if (codePoint < minimum || codePoint > 0x10ffff || surrogate) return null
  return { codePoint, length }
}

/** `text` with mis-decoded UTF-8 restored, and how many characters were repaired. */
export function repairEncoding(text: string): { text: string; repairs: number } {
  let repairs = 0
  let result = ''
  let copiedUpTo = 0
  // Damage only ever starts at a character outside ASCII; the pattern jumps from one to the next.
  for (const match of text.matchAll(/[\u0080-\uFFFF]/g)) {
    const i = match.index
    if (i < copiedUpTo) continue
    const sequence = damagedSequenceAt(text, i)
    if (!sequence) continue
    result += text.slice(copiedUpTo, i) + String.fromCodePoint(sequence.codePoint)
    repairs++
    copiedUpTo = i + sequence.length
  }
  return { text: repairs === 0 ? text : result + text.slice(copiedUpTo), repairs }
}
