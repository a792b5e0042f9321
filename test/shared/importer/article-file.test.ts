import { describe, expect, it } from 'vitest'
import { articleTextFromFile } from '@shared/importer/article-file'
import { ARTICLE_MAX_BYTES } from '@shared/importer/limits'
import { parseArticle } from '@shared/importer/parse-article'
import { articleBytes, linker } from './article-fixtures'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function errorCode(bytes: Uint8Array, name: string): string {
  const read = articleTextFromFile(bytes, name)
  if (read.ok) throw new Error('expected a refusal')
  return read.error.code
}

describe('articleTextFromFile', () => {
  it('reads .txt and .md as UTF-8, with or without a byte-order mark', () => {
    expect(articleTextFromFile(utf8('Café'), 'a.txt')).toEqual({ ok: true, text: 'Café' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Title')])
    expect(articleTextFromFile(withBom, 'notes.MD')).toEqual({ ok: true, text: '# Title' })
  })

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00])
    expect(articleTextFromFile(bytes, 'a.txt')).toEqual({ ok: true, text: 'Aé' })
  })

  it('reads a file that is not UTF-8 as Windows-1252', () => {
    const bytes = new Uint8Array([0x49, 0x92, 0x6d, 0x20, 0x96, 0x20, 0x6f, 0x6b])
    expect(articleTextFromFile(bytes, 'a.txt')).toEqual({ ok: true, text: 'I’m – ok' })
  })

  it('reduces .html and .htm to their text, scripts left out', () => {
    const read = articleTextFromFile(articleBytes('article-with-script.html'), 'saved.htm')
    if (!read.ok) throw new Error(read.error.message)
    expect(read.text).not.toContain('evil.example')
    const outcome = parseArticle(read.text, linker)
    if (!outcome.ok) throw new Error(outcome.error.message)
    const [vision, robotics] = outcome.article.roles
    expect(vision.sections.responsibilities.map((item) => item.text)).toEqual([
      'Train detection models with PyTorch & TensorFlow',
      'Label data and check its quality',
    ])
    expect(vision.sections.skills[1]).toEqual({
      text: 'C++ and Python',
      entities: ['cpp', 'python'],
    })
    expect(robotics.sections.industries.map((item) => item.text)).toEqual(['Manufacturing'])
  })

  it('refuses other kinds of file by name', () => {
    expect(articleTextFromFile(utf8('text'), '/home/me/report.pdf')).toEqual({
      ok: false,
      error: {
        code: 'not-an-article',
        message:
          'Only .txt, .md, .html and .htm files can be imported; “report.pdf” is a .pdf file.',
      },
    })
    const none = articleTextFromFile(utf8('text'), 'README')
    expect(!none.ok && none.error.message).toMatch(/“README” has no extension/)
  })

  it('refuses files over the size limit, binary files and empty files', () => {
    expect(errorCode(new Uint8Array(ARTICLE_MAX_BYTES + 1).fill(0x61), 'big.txt')).toBe('too-large')
    expect(errorCode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'zip.txt')).toBe(
      'binary',
    )
    expect(errorCode(utf8(''), 'empty.txt')).toBe('empty')
    expect(
      errorCode(utf8('<html><head><title>x</title></head><body> </body></html>'), 'e.html'),
    ).toBe('empty')
  })
})
