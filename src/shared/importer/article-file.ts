import { decodeArticleBytes } from './decode-article-bytes'
import { htmlToText } from './html-to-text'
import { binaryError, emptyError, looksBinary, tooLargeError } from './input-checks'
import { ARTICLE_MAX_BYTES } from './limits'
import type { ImportError } from './types'

/** File name endings the importer reads, and whether the file is HTML. */
const READABLE: Readonly<Record<string, 'text' | 'html'>> = {
  txt: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
}

/**
 * The article text of a file the user chose: `.txt` and `.md` as text, `.html`/`.htm` reduced
 * to their readable text. Refuses other kinds, files over ARTICLE_MAX_BYTES, binary data and
 * empty files, each with its own message.
 */
export function articleTextFromFile(
  bytes: Uint8Array,
  fileName: string,
): { ok: true; text: string } | { ok: false; error: ImportError } {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const kind = READABLE[extension]
  if (!kind) {
    const name = fileName.split(/[\\/]/).pop() ?? fileName
    const what = extension === '' ? 'has no extension' : `is a .${extension} file`
    return {
      ok: false,
      error: {
        code: 'not-an-article',
        message: `Only .txt, .md, .html and .htm files can be imported; “${name}” ${what}.`,
      },
    }
  }
  if (bytes.length > ARTICLE_MAX_BYTES) return { ok: false, error: tooLargeError }
  // A NUL byte outside UTF-16 decodes to U+0000, which looksBinary refuses; the decoder drops
  // a byte-order mark.
  const decoded = decodeArticleBytes(bytes)
  if (looksBinary(decoded)) return { ok: false, error: binaryError }
  const text = kind === 'html' ? htmlToText(decoded) : decoded
  if (text.trim() === '') return { ok: false, error: emptyError }
  return { ok: true, text }
}
