import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../../src/main/services/compare/export-file-name'

describe('exportFileName', () => {
  it('names Markdown after the title and CSV after its entity matrix', () => {
    expect(exportFileName('AI Programmer vs Data Manager', 'markdown')).toBe(
      'AI Programmer vs Data Manager.md',
    )
    expect(exportFileName('AI Programmer vs Data Manager', 'csv')).toBe(
      'AI Programmer vs Data Manager entities.csv',
    )
  })

  it.each([
    ['path separators and reserved characters', 'a/b\\c: "d" <e>|f?*', 'a b c d e f.md'],
    ['control characters and runs of spaces', 'tab\there\nnew   line', 'tab here new line.md'],
    ['leading and trailing dots', '...hidden. . ', 'hidden.md'],
    ['nothing usable', ' /// ', 'Role comparison.md'],
    ['a Windows device name', 'CON', 'Role comparison CON.md'],
    ['a device name with an extension', 'aux.txt', 'Role comparison aux.txt.md'],
  ])('makes %s safe', (_label, title, expected) => {
    expect(exportFileName(title, 'markdown')).toBe(expected)
  })

  it('keeps accents and stays within 255 bytes without splitting a character', () => {
    expect(exportFileName('Ingénieur vs Données', 'markdown')).toBe('Ingénieur vs Données.md')
    const name = exportFileName('é'.repeat(200), 'csv')
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255)
    expect(name).toBe(`${'é'.repeat(100)} entities.csv`)
  })
})
