import { escapeLine } from '../compare/markdown-text'
import { parseNoteMarkdown, type NoteBlock, type NoteInline } from './markdown'

/** A code span's text between enough backticks that none inside can close it. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // A space on each side keeps a backtick at either end of the text apart from the fence.
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text
  return `${fence}${padded}${fence}`
}

function inlines(nodes: readonly NoteInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeLine(node.text)
        case 'strong':
          return `**${inlines(node.children)}**`
        case 'emphasis':
          return `*${inlines(node.children)}*`
        case 'code':
          return codeSpan(node.text)
        case 'link':
          // The parser only makes links of http and https URLs; `>` is the one character that
          // could end the pointed brackets early.
          return `[${inlines(node.children)}](<${node.href.replaceAll('>', '%3E')}>)`
        case 'break':
          // A hard break (two spaces): a plain newline would read as a space in other apps.
          return '  \n'
      }
    })
    .join('')
}

/** A list item's lines: the marker on the first, the rest indented under it. */
function listItem(marker: string, content: string): string {
  const [first = '', ...rest] = content.split('\n')
  const indent = ' '.repeat(marker.length + 1)
  return [`${marker} ${first}`, ...rest.map((line) => `${indent}${line}`)].join('\n')
}

function block(node: NoteBlock): string {
  if (node.type === 'paragraph') return inlines(node.children)
  if (node.type === 'bullet-list') {
    return node.items.map((item) => listItem('-', inlines(item))).join('\n')
  }
  return node.items
    .map((item, index) => listItem(`${node.start + index}.`, inlines(item)))
    .join('\n')
}

/**
 * A note as Markdown for an export: the marks the app shows (bold, italic, code, lists, http
 * links) come out as the user wrote them, and everything the app shows literally stays
 * literal: raw HTML, headings, quotes, images, other link schemes and stray marks are escaped.
 * The note is read with the app's own parser and written back from its tree, so the export
 * says what the screen shows, no more.
 */
export function noteToMarkdown(notes: string): string {
  return parseNoteMarkdown(notes).map(block).join('\n\n')
}
