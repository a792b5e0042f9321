import { spawnSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../scripts/build-salary-index'
import { decodeSalaryIndex } from '@shared/domain/salary/salary-index'
import { useTempDir } from '../main/store/helpers'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = (name: string): string => path.join(root, 'test/fixtures/salaries', name)

/** Runs the script as `npm run salaries:build` would, with the Node running the tests. */
function build(
  csv: string,
  out: string,
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/build-salary-index.ts', csv, out], {
    cwd: root,
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('scripts/build-salary-index.ts', () => {
  const tempDir = useTempDir()
  const out = (): string => path.join(tempDir(), 'salaries.json')

  it('turns a good CSV into the expected index, with a README beside it', async () => {
    const run = build(fixture('good-2024-06-30.csv'), out())
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const written = JSON.parse(await readFile(out(), 'utf8'))
    const expected = JSON.parse(await readFile(fixture('good-2024-06-30.expected.json'), 'utf8'))
    expect(written).toEqual(expected)
    expect(() => decodeSalaryIndex(written)).not.toThrow()
    expect(await readdir(tempDir())).toEqual(['README.md', 'salaries.json'])
    const readme = await readFile(path.join(tempDir(), 'README.md'), 'utf8')
    expect(readme).toContain('- Rows: 15 read, 4 kept, 11 skipped')
    expect(readme).toContain('- Licence: CC0 1.0')
    expect(readme).toContain('- Snapshot date: 2024-06-30')
    expect(readme).toContain('npm run salaries:build --')
  })

  it('prints what it kept and skipped, by reason', () => {
    const { stdout } = build(fixture('good-2024-06-30.csv'), out())
    expect(stdout).toContain('Rows read: 15; kept: 4; skipped: 11')
    expect(stdout).toMatch(/2 {2}salary_currency not an ISO 4217 code/)
    expect(stdout).toMatch(/1 {2}salary not a number/)
    expect(stdout).toMatch(/2 {2}salary_in_usd missing, not a number or below 1/)
  })

  const failures: [string, string, string][] = [
    [
      'a header missing columns',
      'missing-columns-2024-06-30.csv',
      'line 1: missing column(s) salary_in_usd, company_size',
    ],
    [
      'a row with too few fields, counting the lines of a multi-line field',
      'wrong-field-count-2024-06-30.csv',
      'line 5: expected 11 fields, found 10',
    ],
  ]
  it.each(failures)('stops at %s, exits 1 and writes nothing', async (_, name, message) => {
    await writeFile(out(), 'the previous index')
    const run = build(fixture(name), out())
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain('Nothing was written.')
    expect(run.stdout).toBe('')
    expect(await readdir(tempDir())).toEqual(['salaries.json'])
    expect(await readFile(out(), 'utf8')).toBe('the previous index')
  })

  it('refuses a CSV whose name has no snapshot date', async () => {
    const csv = path.join(tempDir(), 'salaries.csv')
    await writeFile(csv, await readFile(fixture('good-2024-06-30.csv')))
    const run = build(csv, out())
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('like aijobs-salaries-2025-01-19.csv')
    expect(await readdir(tempDir())).toEqual(['salaries.csv'])
  })
})

describe('parseCsv', () => {
  const records = (text: string): [number, string[]][] =>
    [...parseCsv(text)].map(({ line, fields }) => [line, fields])

  it('reads quoted fields holding commas, quotes and line breaks', () => {
    expect(records('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
      [3, ['two\nlines', 'z']],
    ])
  })

  it('takes CRLF line ends, a byte order mark, empty fields and blank lines', () => {
    expect(records('\uFEFFa,b\r\n\r\n,\r\n  \r\n1,""\r\n')).toEqual([
      [1, ['a', 'b']],
      [3, ['', '']],
      [5, ['1', '']],
    ])
  })

  it('keeps a lone carriage return inside a field', () => {
    expect(records('a\rb,c')).toEqual([[1, ['a\rb', 'c']]])
  })

  it('stops at a quote that never closes, naming the line it opened on', () => {
    expect(() => records('a,b\n1,2\n3,"open\n\n')).toThrow('line 3: a quoted field never closes')
  })

  it('stops at a stray quote', () => {
    expect(() => records('a,b\n1,x"y\n')).toThrow('line 2: a quote inside an unquoted field')
    expect(() => records('a,b\n1,"x"y\n')).toThrow('line 2: text after a closing quote')
  })
})
