/**
 * Escapes one line so that Markdown shows it literally: no emphasis, links, code, tables or
 * raw HTML (`<` and `>` become entities), and no block syntax (heading, list, quote,
 * setext underline) at its start.
 */
export function escapeLine(line: string): string {
  return (
    line
      // Keep a typed "&lt;" as those four characters rather than letting it render as "<".
      .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replace(/[\\`*_[\]|~$]/g, '\\$&')
      .replace(/^[#+=-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

/** User or imported text as literal inline Markdown, line breaks folded into spaces. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim())
}

/**
 * Free text (the user's notes) as literal Markdown paragraphs: blank lines separate
 * paragraphs, and each line is trimmed so that indentation cannot start a code block.
 */
export function escapeParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeLine(line.trim()))
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim()
}
