/** Text of a file's bytes: UTF-8 with or without a byte-order mark, UTF-16 with one. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    // The decoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8: a text saved in the Windows code page most editors on Windows default to.
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
