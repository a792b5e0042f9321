import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseNoteMarkdown,
  type NoteBlock,
  type NoteInline,
} from '@shared/domain/progress/markdown'

const t = (text: string): NoteInline => ({ type: 'text', text })
const paragraph = (...children: NoteInline[]): NoteBlock => ({ type: 'paragraph', children })
/** The inline nodes of a note that is a single paragraph. */
const inline = (source: string): NoteInline[] => {
  const [block, ...rest] = parseNoteMarkdown(source)
  expect(rest).toEqual([])
  if (block?.type !== 'paragraph') throw new Error(`not one paragraph: ${source}`)
  return block.children
}

/** Every node of a tree, depth first. */
function* walk(nodes: readonly NoteInline[]): Generator<NoteInline> {
  for (const node of nodes) {
    yield node
    if ('children' in node) yield* walk(node.children)
  }
}
const inlinesOf = (blocks: readonly NoteBlock[]): NoteInline[] =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [...walk(block.children)]
      : block.items.flatMap((i) => [...walk(i)]),
  )

describe('parseNoteMarkdown blocks', () => {
  it('is empty for an empty or blank note', () => {
    expect(parseNoteMarkdown('')).toEqual([])
    expect(parseNoteMarkdown(' \n\n  \n')).toEqual([])
  })

  it('splits paragraphs at blank lines and keeps line breaks inside one', () => {
    expect(parseNoteMarkdown('First line\nsecond line\r\n\r\nNext')).toEqual([
      paragraph(t('First line'), { type: 'break' }, t('second line')),
      paragraph(t('Next')),
    ])
  })

  it('reads bullet lists with - or *, and numbered lists from their first number', () => {
    expect(parseNoteMarkdown('Plan:\n- Python\n* SQL\n\n3. Course\n4. Project')).toEqual([
      paragraph(t('Plan:')),
      { type: 'bullet-list', items: [[t('Python')], [t('SQL')]] },
      { type: 'numbered-list', start: 3, items: [[t('Course')], [t('Project')]] },
    ])
  })

  it('continues a list item on an indented line and ends the list on an unindented one', () => {
    expect(parseNoteMarkdown('- one\n  more\nafter')).toEqual([
      { type: 'bullet-list', items: [[t('one'), { type: 'break' }, t('more')]] },
      paragraph(t('after')),
    ])
  })

  it('starts a new list when bullets and numbers alternate', () => {
    expect(parseNoteMarkdown('- a\n1. b').map((block) => block.type)).toEqual([
      'bullet-list',
      'numbered-list',
    ])
  })

  it('keeps headings, quotes and rules as literal text', () => {
    expect(parseNoteMarkdown('# Title\n> quote\n---')).toEqual([
      paragraph(t('# Title'), { type: 'break' }, t('> quote'), { type: 'break' }, t('---')),
    ])
  })
})

describe('parseNoteMarkdown inline', () => {
  it('reads strong, emphasis and code', () => {
    expect(inline('**bold** and __bold__, *em* and _em_, `x * y`')).toEqual([
      { type: 'strong', children: [t('bold')] },
      t(' and '),
      { type: 'strong', children: [t('bold')] },
      t(', '),
      { type: 'emphasis', children: [t('em')] },
      t(' and '),
      { type: 'emphasis', children: [t('em')] },
      t(', '),
      { type: 'code', text: 'x * y' },
    ])
  })

  it('nests emphasis in strong', () => {
    expect(inline('**very *much* so**')).toEqual([
      {
        type: 'strong',
        children: [t('very '), { type: 'emphasis', children: [t('much')] }, t(' so')],
      },
    ])
  })

  it('reads http and https links, with marks in the label', () => {
    expect(inline('See [the *docs*](https://docs.python.org/3/) or [x](HTTP://a.example)')).toEqual(
      [
        t('See '),
        {
          type: 'link',
          href: 'https://docs.python.org/3/',
          children: [t('the '), { type: 'emphasis', children: [t('docs')] }],
        },
        t(' or '),
        { type: 'link', href: 'HTTP://a.example', children: [t('x')] },
      ],
    )
  })

  it('leaves unmatched or spaced marks, snake_case and arithmetic alone', () => {
    expect(inline('2 * 3 * 4, snake_case_name, **open, `tick, * loose*')).toEqual([
      t('2 * 3 * 4, snake_case_name, **open, `tick, * loose*'),
    ])
  })

  it('turns backslash escapes into the literal mark', () => {
    expect(inline('\\*not em\\* and \\[no link\\]')).toEqual([t('*not em* and [no link]')])
  })

  it('keeps a line break inside code as a space', () => {
    expect(inline('`a\nb`')).toEqual([{ type: 'code', text: 'a b' }])
  })
})

describe('parseNoteMarkdown safety', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '[x](javascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](file:///etc/passwd)',
    '[x]( https://spaced.example)',
    '![tracker](https://tracker.example/p.png)',
    '<a href="https://a.example">a</a>',
  ])('keeps %s as plain text', (source) => {
    expect(parseNoteMarkdown(source)).toEqual([paragraph(t(source))])
  })

  it('ends a link URL before characters that could break out of an attribute', () => {
    expect(inline('[x](https://a.example"onmouseover="alert(1))')).toEqual([
      t('[x](https://a.example"onmouseover="alert(1))'),
    ])
  })

  it('never throws, and only ever links to http or https', () => {
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '`',
      '[',
      ']',
      '(',
      ')',
      '![',
      '\\',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '  ',
      'a',
      'b c',
      '<script>',
      'https://a.example',
      'javascript:x',
      '"',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (source) => {
          for (const node of inlinesOf(parseNoteMarkdown(source))) {
            if (node.type === 'link') expect(node.href).toMatch(/^https?:\/\/[^\s"'<>()`]+$/i)
            if (node.type === 'text') expect(node.text).not.toBe('')
          }
        },
      ),
    )
  })

  it('stays fast on long runs of marks', () => {
    for (const source of ['*'.repeat(20_000), ' _a'.repeat(7_000), '*a **'.repeat(4_000)]) {
      const start = performance.now()
      parseNoteMarkdown(source)
      expect(performance.now() - start).toBeLessThan(1_000)
    }
  })
})
