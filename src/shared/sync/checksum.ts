/**
 * FNV-1a (32-bit) over the UTF-16 code units of `text` (from `start` up to `end`), as 8 hex
 * digits. It catches a segment cut short or garbled by a syncer; it is not a defence against
 * someone forging one (anyone who can write the folder can write a valid segment anyway).
 */
export function fnv1a(text: string, start = 0, end = text.length): string {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
