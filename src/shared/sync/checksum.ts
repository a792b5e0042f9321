/** FNV-1a's offset basis: the hash of no text, where every hash starts. */
export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * FNV-1a (32-bit) carried on from `hash` over the UTF-16 code units of `text` (from `start` up
 * to `end`), unfinished: a writer that appends to a text it hashed before hashes only what it
 * adds. {@link fnvHex} finishes it.
 */
export function fnvOn(hash: number, text: string, start = 0, end = text.length): number {
  let next = hash
  for (let i = start; i < end; i++) {
    next ^= text.charCodeAt(i)
    next = Math.imul(next, FNV_PRIME)
  }
  return next
}

/** A hash as segments carry it: 8 hex digits. */
export function fnvHex(hash: number): string {
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * FNV-1a (32-bit) over the UTF-16 code units of `text` (from `start` up to `end`), as 8 hex
 * digits. It catches a segment cut short or garbled by a syncer; it is not a defence against
 * someone forging one (anyone who can write the folder can write a valid segment anyway).
 */
export function fnv1a(text: string, start = 0, end = text.length): string {
  return fnvHex(fnvOn(FNV_OFFSET, text, start, end))
}
