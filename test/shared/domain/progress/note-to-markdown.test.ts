import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { noteToMarkdown } from '@shared/domain/progress/note-to-markdown'

/**
 * The Markdown without its code spans (a run of backticks to the next run as long) and its
 * links' pointed-bracket destinations: the only places a "<" may stand, as text or as our own
 * bracket, without starting HTML.
 */
function outsideCodeAndLinks(markdown: string): string {
  return markdown
    .replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
    .replace(/\]\(<[^<>\n]*>\)/g, '](')
}

describe('noteToMarkdown', () => {
  it('keeps the Markdown the user wrote', () => {
    expect(
      noteToMarkdown('**Bold**, *italic*, `code` and [docs](https://docs.python.org/3/)'),
    ).toBe('**Bold**, *italic*, `code` and [docs](<https://docs.python.org/3/>)')
  })

  it('keeps lists, numbered from where the user started', () => {
    expect(noteToMarkdown('- one\n- **two**\n\n3. three\n4. four')).toBe(
      '- one\n- **two**\n\n3. three\n4. four',
    )
  })

  it('keeps a line break inside a paragraph as a break other Markdown apps show', () => {
    expect(noteToMarkdown('first line\nsecond line')).toBe('first line  \nsecond line')
  })

  it('escapes what the app shows literally: HTML, headings, quotes, images, other schemes', () => {
    expect(noteToMarkdown('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    )
    expect(noteToMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(noteToMarkdown('> not a quote')).toBe('&gt; not a quote')
    expect(noteToMarkdown('![x](https://example.com/x.png)')).toBe(
      '!\\[x\\](https://example.com/x.png)',
    )
    expect(noteToMarkdown('[run](javascript:alert(1))')).toBe('\\[run\\](javascript:alert(1))')
  })

  it('keeps the marks inside a code span as they are, as the app shows them', () => {
    expect(noteToMarkdown('run `SELECT * FROM t_1`')).toBe('run `SELECT * FROM t_1`')
  })

  it('keeps a "<" inside a code span as it is: Markdown shows it there as text', () => {
    expect(noteToMarkdown('`<`')).toBe('`<`')
    expect(noteToMarkdown('a `<b>` tag')).toBe('a `<b>` tag')
  })

  it('never lets a note write raw HTML or start a heading, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (notes) => {
        const markdown = noteToMarkdown(notes)
        expect(outsideCodeAndLinks(markdown)).not.toMatch(/</)
        expect(markdown).not.toMatch(/^ {0,3}#/m)
      }),
    )
  })
})
