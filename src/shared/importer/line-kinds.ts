/** One line of an article, as the layout reader sees it. */
export type ArticleLine =
  | { kind: 'blank' }
  /** A bulleted or numbered item; `text` is empty for a bullet with nothing after it. */
  | { kind: 'bullet'; text: string }
  | { kind: 'text'; text: string }

// "•", "-", "*", "+", "–", "—" and kin, "1." / "1)" / "(1)". A hyphen, star or number needs a
// space after it, so "-based" or "2023." at the start of a wrapped line is not taken for one.
const BULLET = /^(?:[•·▪◦●‣∙○■□➢➤►✓✔]\s*|[-*+–—](?:\s+|$)|\(?\d{1,3}[.)](?:\s+|$))/u
const MARKDOWN_HEADING = /^#{1,6}\s+/
const MARKDOWN_EMPHASIS = /^(\*\*|__)(.+)\1(:?)$/

function withoutMarkdown(text: string): string {
  const line = text.replace(MARKDOWN_HEADING, '')
  const emphasis = MARKDOWN_EMPHASIS.exec(line)
  return emphasis ? `${emphasis[2] ?? ''}${emphasis[3] ?? ''}`.trim() : line
}

/** Classifies one trimmed line. Markdown heading marks and whole-line bold are dropped. */
export function classifyLine(line: string): ArticleLine {
  if (line === '') return { kind: 'blank' }
  const bullet = BULLET.exec(line)
  if (bullet) return { kind: 'bullet', text: withoutMarkdown(line.slice(bullet[0].length).trim()) }
  return { kind: 'text', text: withoutMarkdown(line) }
}
