/** Inline content of a note: plain text, the few marks the subset knows, and line breaks. */
export type NoteInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: NoteInline[] }
  | { type: 'emphasis'; children: NoteInline[] }
  | { type: 'code'; text: string }
  /** Only ever an http or https URL; a label holds no further links. */
  | { type: 'link'; href: string; children: NoteInline[] }
  | { type: 'break' }

/** A block of a note: a paragraph, a bullet list or a numbered list. */
export type NoteBlock =
  | { type: 'paragraph'; children: NoteInline[] }
  | { type: 'bullet-list'; items: NoteInline[][] }
  | { type: 'numbered-list'; start: number; items: NoteInline[][] }

interface Match {
  node: NoteInline
  end: number
}

type Mark = '*' | '_'

/** The text being parsed, and where a single `*` or `_` could close emphasis in it. */
interface Scan {
  source: string
  /** Inside a link label, where no further link may start. */
  inLink: boolean
  closers: Record<Mark, number[]>
}

const ESCAPABLE = new Set('\\`*_[]()!#-+.>'.split(''))
const LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()<>"'`]+)\)/iy
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/y
const WORD = /[\p{L}\p{N}]/u

const text = (value: string): NoteInline => ({ type: 'text', text: value })

/** Content between delimiters: not empty and not starting or ending with white space. */
const fits = (content: string): boolean => content.length > 0 && content.trim() === content

/** An underscore next to a letter or digit (snake_case) is not a mark. */
const inWord = (source: string, at: number, mark: Mark): boolean =>
  mark === '_' && WORD.test(source.charAt(at))

/** Ascending positions of the marks that can close emphasis: single, not before a word. */
function closersOf(source: string, mark: Mark): number[] {
  const positions: number[] = []
  for (let at = source.indexOf(mark); at >= 0; at = source.indexOf(mark, at + 1)) {
    const single = source.charAt(at - 1) !== mark && source.charAt(at + 1) !== mark
    if (single && !inWord(source, at + 1, mark)) positions.push(at)
  }
  return positions
}

/** The first of the ascending positions at or after `min`, by binary search. */
function firstFrom(positions: readonly number[], min: number): number | undefined {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((positions[middle] ?? Infinity) < min) low = middle + 1
    else high = middle
  }
  return positions[low]
}

/** `**strong**` or `__strong__`. */
function strongAt({ source, inLink }: Scan, i: number): Match | undefined {
  const delimiter = source.slice(i, i + 2)
  if (delimiter !== '**' && delimiter !== '__') return undefined
  const close = source.indexOf(delimiter, i + 2)
  const content = source.slice(i + 2, close)
  if (close < 0 || !fits(content)) return undefined
  return { node: { type: 'strong', children: parseInline(content, inLink) }, end: close + 2 }
}

/** `*emphasis*` or `_emphasis_`, closed by the next single mark. */
function emphasisAt({ source, inLink, closers }: Scan, i: number, mark: Mark): Match | undefined {
  if (inWord(source, i - 1, mark)) return undefined
  const close = firstFrom(closers[mark], i + 2)
  const content = close === undefined ? '' : source.slice(i + 1, close)
  if (close === undefined || !fits(content)) return undefined
  return { node: { type: 'emphasis', children: parseInline(content, inLink) }, end: close + 1 }
}

/** `` `code` ``, kept verbatim (a line break inside becomes a space). */
function codeAt({ source }: Scan, i: number): Match | undefined {
  const close = source.indexOf('`', i + 1)
  if (close <= i + 1) return undefined
  return {
    node: { type: 'code', text: source.slice(i + 1, close).replace(/\n/g, ' ') },
    end: close + 1,
  }
}

/** `[label](https://…)`; any other scheme does not match and stays text. */
function linkAt({ source, inLink }: Scan, i: number): Match | undefined {
  if (inLink) return undefined
  LINK.lastIndex = i
  const match = LINK.exec(source)
  if (!match?.[1] || !match[2]) return undefined
  const children = parseInline(match[1], true)
  return { node: { type: 'link', href: match[2], children }, end: LINK.lastIndex }
}

/** Text that must stay literal as a whole: `\x` escapes and `![image](…)`. */
function literalAt({ source }: Scan, i: number): Match | undefined {
  const next = source.charAt(i + 1)
  if (source.charAt(i) === '\\' && ESCAPABLE.has(next)) return { node: text(next), end: i + 2 }
  IMAGE.lastIndex = i
  const image = IMAGE.exec(source)
  return image ? { node: text(image[0]), end: IMAGE.lastIndex } : undefined
}

function inlineAt(scan: Scan, i: number): Match | undefined {
  const char = scan.source.charAt(i)
  switch (char) {
    case '\n':
      return { node: { type: 'break' }, end: i + 1 }
    case '\\':
    case '!':
      return literalAt(scan, i)
    case '`':
      return codeAt(scan, i)
    case '[':
      return linkAt(scan, i)
    case '*':
    case '_':
      return strongAt(scan, i) ?? emphasisAt(scan, i, char)
    default:
      return undefined
  }
}

/** Inline nodes for some text, adjacent text merged; `\n` becomes a break. */
function parseInline(source: string, inLink = false): NoteInline[] {
  const scan: Scan = {
    source,
    inLink,
    closers: { '*': closersOf(source, '*'), _: closersOf(source, '_') },
  }
  const nodes: NoteInline[] = []
  const push = (node: NoteInline): void => {
    const last = nodes.at(-1)
    if (node.type === 'text' && last?.type === 'text') last.text += node.text
    else nodes.push(node)
  }
  let i = 0
  while (i < source.length) {
    const match = inlineAt(scan, i)
    push(match?.node ?? text(source.charAt(i)))
    i = match?.end ?? i + 1
  }
  return nodes
}

const BULLET = /^ {0,3}[-*] +(\S.*)$/
const NUMBERED = /^ {0,3}(\d{1,9})\. +(\S.*)$/

type OpenBlock =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'bullet-list'; items: string[][] }
  | { type: 'numbered-list'; start: number; items: string[][] }

function close(block: OpenBlock): NoteBlock {
  const inline = (lines: string[]): NoteInline[] => parseInline(lines.join('\n'))
  if (block.type === 'paragraph') return { type: 'paragraph', children: inline(block.lines) }
  const items = block.items.map(inline)
  return block.type === 'bullet-list'
    ? { type: 'bullet-list', items }
    : { type: 'numbered-list', start: block.start, items }
}

/**
 * A note's Markdown as a tree for the renderer to build elements from; never HTML. The subset:
 * paragraphs (blank lines between; line breaks inside kept as `break`), bullet lists (`- ` or
 * `* `), numbered lists (`1. `; the first number is the list's start), and inline `**strong**`,
 * `*emphasis*` or `_emphasis_`, `` `code` `` and `[label](https://…)` links. An indented line
 * under a list item continues it. Everything else — HTML tags, images, headings, links with
 * any scheme but http and https — stays literal text; `\*` and the like escape a mark.
 */
export function parseNoteMarkdown(source: string): NoteBlock[] {
  const done: OpenBlock[] = []
  let open: OpenBlock | undefined
  const begin = <B extends OpenBlock>(block: B): B => {
    if (open) done.push(open)
    open = block
    return block
  }
  for (const raw of source.split(/\r\n?|\n/)) {
    const line = raw.trimEnd()
    const bullet = BULLET.exec(line)?.[1]
    const numbered = NUMBERED.exec(line)
    if (line === '') {
      if (open) done.push(open)
      open = undefined
    } else if (bullet !== undefined) {
      const list = open?.type === 'bullet-list' ? open : begin({ type: 'bullet-list', items: [] })
      list.items.push([bullet])
    } else if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
      const start = Number(numbered[1])
      const list =
        open?.type === 'numbered-list' ? open : begin({ type: 'numbered-list', start, items: [] })
      list.items.push([numbered[2]])
    } else if (open && open.type !== 'paragraph' && /^\s/.test(line)) {
      open.items.at(-1)?.push(line.trim())
    } else {
      const paragraph = open?.type === 'paragraph' ? open : begin({ type: 'paragraph', lines: [] })
      paragraph.lines.push(line.trim())
    }
  }
  if (open) done.push(open)
  return done.map(close)
}
