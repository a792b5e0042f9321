// HTML is only ever read as a string here: no parser that could run scripts or fetch
// resources is involved, and tags are dropped, never interpreted beyond their names. The
// scanner visits each character once, so hostile input (unclosed tags and quotes) stays cheap.

/** Elements whose whole content is dropped: code, styling, metadata and embedded objects. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'head',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'textarea',
])
/** Elements that begin and end a line of text. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr main nav ol p pre section table td th tr ul title body html'
  ).split(' '),
)

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  middot: '·',
  bull: '•',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  eacute: 'é',
  laquo: '«',
  raquo: '»',
}

/** Replaces character references: named ones the articles use, and every numeric one. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+\d?));/gi,
    (whole, decimal, hex, name) => {
      if (name !== undefined) return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole
      const codePoint = decimal !== undefined ? Number(decimal) : parseInt(String(hex), 16)
      const valid =
        codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff)
      return valid ? String.fromCodePoint(codePoint) : '\uFFFD'
    },
  )
}

/** Index just past the `>` that closes the tag opened at `start`, quotes respected; -1 if none. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null
  for (let index = start + 1; index < html.length; index++) {
    const char = html[index]
    if (quote) {
      if (char === quote) quote = null
    } else if (char === '"' || char === "'") quote = char
    else if (char === '>') return index + 1
  }
  return -1
}

/**
 * The readable text of an HTML document: scripts, styles and the head dropped with their
 * content; block elements (paragraphs, headings, list items, breaks) as line breaks, list items
 * as "• " bullets; every other tag, comment and declaration removed; entities decoded. A tag,
 * comment or dropped element left open runs to the end, as a browser would read it.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase()
  let text = ''
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      text += html.slice(index)
      break
    }
    text += html.slice(index, open)
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4)
      index = close === -1 ? html.length : close + 3
      continue
    }
    const name = /^<(\/?)([a-z][a-z0-9]*)/i.exec(html.slice(open, open + 40))
    if (!name && !/^<[!?/]/.test(html.slice(open, open + 2))) {
      text += '<'
      index = open + 1
      continue
    }
    const end = tagEnd(html, open)
    if (end === -1) break
    index = end
    if (!name) continue
    const element = (name[2] ?? '').toLowerCase()
    const closing = name[1] === '/'
    if (!closing && DROPPED_ELEMENTS.has(element)) {
      const close = lower.indexOf(`</${element}`, end)
      const closeEnd = close === -1 ? -1 : tagEnd(html, close)
      text += ' '
      index = closeEnd === -1 ? html.length : closeEnd
    } else if (element === 'li') {
      // A list item opens a bullet line; its end tag adds nothing, so items stay together.
      text += closing ? '' : '\n• '
    } else if (BLOCK_ELEMENTS.has(element)) text += '\n'
  }
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
