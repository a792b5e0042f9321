import { ARTICLE_MAX_BYTES } from './limits'
import type { ImportError } from './types'

/** Share of control characters above which text is taken for binary data. */
const CONTROL_SHARE_LIMIT = 0.01

/** Bytes `text` takes as UTF-8, counted without allocating an encoded copy. */
function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** The refusal for an article over the size limit, shared by pasted text and files. */
export const tooLargeError: ImportError = {
  code: 'too-large',
  message: `The article is larger than ${ARTICLE_MAX_BYTES / 1024 / 1024} MB, the most the importer reads.`,
}

/** The refusal for binary data: NULs, or control characters no written text holds. */
export const binaryError: ImportError = {
  code: 'binary',
  message: 'This is binary data, not text: it contains NUL or other control characters.',
}

/** The refusal for a text with nothing but white space in it. */
export const emptyError: ImportError = {
  code: 'empty',
  message: 'The text is empty: paste an article or open a file that contains one.',
}

/** True for C0 control characters other than tab, line feed, form feed and carriage return. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f
  )
}

/** True when text holds a NUL, or control characters in a share no written text has. */
export function looksBinary(text: string): boolean {
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) return true
    if (isControl(code)) controls++
  }
  return controls > 0 && controls >= text.length * CONTROL_SHARE_LIMIT
}

/** Why `text` cannot be an article before it is even read: too large, binary or empty. */
export function checkArticleText(text: string): ImportError | null {
  // Measured first and cheaply, so an enormous paste is refused before anything else scans it.
  if (text.length > ARTICLE_MAX_BYTES / 3) {
    if (utf8ByteLength(text) > ARTICLE_MAX_BYTES) return tooLargeError
  }
  if (looksBinary(text)) return binaryError
  if (text.trim() === '') return emptyError
  return null
}
