import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, useTempDir } from '../main/store/helpers'

const root = path.resolve(import.meta.dirname, '../..')
const script = path.join(root, 'scripts/import-article.ts')
const fixture = (name: string): string => path.join(root, 'test/fixtures/articles', name)

/** Runs the script as `npm run import-article --` would, with the Node running the tests. */
function importArticle(
  args: string[],
  cwd = root,
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const sectionKeys = [
  'definition',
  'responsibilities',
  'skills',
  'education',
  'tools',
  'industries',
  'outlook',
  'tips',
]

// Each test starts Node, which strips the types of the app's sources and compiles the
// taxonomy's patterns: seconds on a busy machine, more than the default five.
describe('scripts/import-article.ts', { timeout: 30_000 }, () => {
  const tempDir = useTempDir()

  it('prints one JSON document for all files with --json', () => {
    const run = importArticle([
      '--json',
      fixture('grouped-by-section.txt'),
      fixture('article-with-script.html'),
    ])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const document = JSON.parse(run.stdout)
    expect(Object.keys(document)).toEqual(['files'])
    expect(document.files).toHaveLength(2)
    const [first, second] = document.files
    expect(Object.keys(first)).toEqual([
      'file',
      'title',
      'roles',
      'sharedSections',
      'jobs',
      'outlookFigures',
      'warnings',
    ])
    expect(first.file).toBe(fixture('grouped-by-section.txt'))
    expect(first.roles.map((role: { name: string }) => role.name)).toEqual([
      'Data Analyst',
      'Analytics Engineer',
    ])
    expect(Object.keys(first.roles[0].sections)).toEqual(sectionKeys)
    expect(first.roles[1].sections.tools[1]).toEqual({
      text: 'BigQuery or Amazon Redshift as the warehouse',
      entities: ['bigquery', 'redshift'],
    })
    expect(first.sharedSections.outlook).toHaveLength(2)
    expect(first.roles[1].sections.outlook).toHaveLength(1)
    expect(first.jobs.listings).toHaveLength(2)
    expect(first.jobs.excluded[0].reason).toBe('Implausible salary “USD 1111111K - 1111111K”.')
    expect(first.outlookFigures.map((f: { source: string }) => f.source)).toEqual([
      'U.S. Bureau of Labor Statistics',
      'Glassdoor',
    ])
    expect(first.warnings.map((w: { code: string }) => w.code)).toEqual(['listing-excluded'])
    expect(second.title).toBe(
      'Computer Vision Engineer vs. Robotics Engineer: A Comprehensive Comparison',
    )
  })

  it('keeps "Key: description" items in two parts', () => {
    const run = importArticle(['--json', fixture('list-intro-sentences.txt')])
    const [file] = JSON.parse(run.stdout).files
    expect(file.roles[0].sections.responsibilities[0]).toEqual({
      text: 'Create dashboards that answer recurring questions.',
      key: 'Report Design',
      entities: [],
    })
  })

  it('prints a readable summary without --json', () => {
    const run = importArticle([fixture('grouped-by-section.txt')])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(
      [
        `${fixture('grouped-by-section.txt')}: Data Analyst vs Analytics Engineer: A Comprehensive Comparison`,
        '  Data Analyst: definition, 3 responsibilities, 3 skills, 2 education, 2 tools, 3 industries, 2 tips',
        '  Analytics Engineer: definition, 4 responsibilities, 3 skills, 2 education, 3 tools, 3 industries, 1 outlook, 2 tips',
        '  Both roles: 2 outlook',
        '  Featured jobs: 2 listed, 1 left out',
        '  Outlook: growth 23%, 2022–2032, U.S. Bureau of Labor Statistics (both roles)',
        '  Outlook: salary $118,000, as reported, Glassdoor (Analytics Engineer)',
        '  Warning: A featured job was left out. Implausible salary “USD 1111111K - 1111111K”.',
        '',
      ].join('\n'),
    )
  })

  it('reports each bad file in one line on stderr, prints the others and exits 1', async () => {
    const empty = path.join(tempDir(), 'empty.txt')
    await writeFile(empty, '')
    const missing = path.join(tempDir(), 'missing.txt')
    const run = importArticle([
      '--json',
      missing,
      fixture('not-an-article.txt'),
      fixture('grouped-by-role.md'),
      empty,
    ])
    expect(run.status).toBe(1)
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${missing}: cannot be read: no such file`,
      `${fixture('not-an-article.txt')}: This is not a role comparison: no title of the form “Role A vs. Role B” was found at its start.`,
      `${empty}: The text is empty: paste an article or open a file that contains one.`,
    ])
    const { files } = JSON.parse(run.stdout)
    expect(files.map((file: { file: string }) => file.file)).toEqual([
      fixture('grouped-by-role.md'),
    ])
  })

  it('refuses files of other kinds and folders', () => {
    const run = importArticle([path.join(root, 'package.json'), tempDir()])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('“package.json” is a .json file')
    expect(run.stderr).toContain(`${tempDir()}: `)
  })

  it('explains its usage when given no file or an unknown option', () => {
    expect(importArticle([])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Usage: npm run import-article -- [--json] <file...>\n',
    })
    expect(importArticle(['--yaml', fixture('truncated.txt')]).stderr).toMatch(
      /^Unknown option --yaml\. Usage:/,
    )
  })

  it('writes nothing', async () => {
    const run = importArticle(['--json', fixture('grouped-by-section.txt')], tempDir())
    expect(run.status).toBe(0)
    expect(await listFiles(tempDir())).toEqual([])
  })
})
