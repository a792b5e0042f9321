/**
 * Builds the salary index Role Atlas bundles from the aijobs.net salary CSV.
 *
 *   npm run salaries:build -- <csv> [out]
 *   node scripts/build-salary-index.ts <csv> [out]
 *
 * `out` defaults to resources/salaries/aijobs-salaries.json; a README.md describing the file is
 * written beside it. The snapshot date is read from the CSV's name (…-YYYY-MM-DD.csv).
 *
 * How the CSV is read:
 * - Fields follow RFC 4180: separated by commas, enclosed in double quotes when they hold a
 *   comma, a quote or a line break, with "" for a quote inside quotes. Line numbers count
 *   physical lines; a record spanning lines is reported by its first line.
 * - Line 1 is the header. It must name every column in REQUIRED_COLUMNS, in any order; others
 *   (employment_type, company_location) are ignored. Blank lines are ignored; fields trimmed.
 * - These stop the build with the line number and write nothing: a missing or repeated column
 *   in the header; a row whose field count differs from the header's; a quote inside an
 *   unquoted field, text after a closing quote, or a quote that never closes.
 * - A row is skipped and counted under the first of SKIP_REASONS that applies to it.
 * - Kept: work_year, experience_level, job_title, salary_in_usd (rounded to whole dollars),
 *   employee_residence, remote_ratio, company_size. salary and salary_currency are only
 *   checked; the figures are the survey's own conversion to US dollars.
 *
 * Nothing is written unless the whole file reads cleanly: the JSON and the README go to temp
 * files in the output folder and are renamed into place; on failure the temp files are removed.
 * The output has no build time in it, so the same CSV always gives the same bytes.
 */
import { open, readFile, rename, rm, mkdir } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { SalaryFile } from '../src/shared/domain/salary/salary-file'
import type { CompanySize, ExperienceLevel } from '../src/shared/domain/salary/types'

const SCRIPT_VERSION = '1.0.0'
const DEFAULT_OUT = resolve(import.meta.dirname, '../resources/salaries/aijobs-salaries.json')
const SOURCE = {
  name: 'aijobs.net Global AI, ML, Data Science Salary Index',
  url: 'https://aijobs.net/salaries',
  licence: 'CC0 1.0',
}

const REQUIRED_COLUMNS = [
  'work_year',
  'experience_level',
  'job_title',
  'salary',
  'salary_currency',
  'salary_in_usd',
  'employee_residence',
  'remote_ratio',
  'company_size',
] as const
type Column = (typeof REQUIRED_COLUMNS)[number]

const LEVELS = ['EN', 'MI', 'SE', 'EX'] as const satisfies readonly ExperienceLevel[]
const SIZES = ['S', 'M', 'L'] as const satisfies readonly CompanySize[]
const REMOTE_RATIOS = ['0', '50', '100']

/** Why a row is skipped, checked in this order; the first that applies counts. */
const SKIP_REASONS = {
  salaryInUsd: 'salary_in_usd missing, not a number or below 1',
  salary: 'salary not a number',
  currency: 'salary_currency not an ISO 4217 code',
  workYear: 'work_year not a four-digit year',
  experienceLevel: 'experience_level not EN, MI, SE or EX',
  companySize: 'company_size not S, M or L',
  remoteRatio: 'remote_ratio not 0, 50 or 100',
  residence: 'employee_residence not a two-letter country code',
  jobTitle: 'job_title empty',
} as const
type SkipReason = keyof typeof SKIP_REASONS

const NOTE =
  'Built from the CSV by scripts/build-salary-index.ts. A row is skipped, and counted in ' +
  '`skipped`, when salary_in_usd is missing, not a number or below 1; salary is not a number; ' +
  'salary_currency is not an ISO 4217 code; work_year is not a four-digit year; ' +
  'experience_level is not EN, MI, SE or EX; company_size is not S, M or L; remote_ratio is ' +
  'not 0, 50 or 100; employee_residence is not a two-letter code; or job_title is empty. ' +
  'A row with the wrong number of fields, or a header missing a column, stops the build. ' +
  'salary_in_usd is rounded to whole dollars. Rows are grouped by job title in the order of ' +
  'dictionaries.jobTitle, rowsPerTitle[i] rows for title i.'

/** A problem with the input that stops the build; the message starts with the line number. */
export class InputError extends Error {
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`)
    this.name = 'InputError'
  }
}

export interface CsvRecord {
  /** The physical line the record starts on, from 1. */
  line: number
  fields: string[]
}

/** True when a record ends at `at`: a line feed, a CR LF pair or the end of the text. */
function endsRecord(text: string, at: number): boolean {
  return at >= text.length || text[at] === '\n' || (text[at] === '\r' && text[at + 1] === '\n')
}

/** The records of an RFC 4180 CSV text, header included, blank lines left out. */
export function* parseCsv(text: string): Generator<CsvRecord> {
  let at = text.startsWith('\uFEFF') ? 1 : 0
  let line = 1
  while (at < text.length) {
    const start = line
    const fields: string[] = []
    for (;;) {
      let field = ''
      if (text[at] === '"') {
        const quoteLine = line
        at++
        for (;;) {
          if (at >= text.length) throw new InputError(quoteLine, 'a quoted field never closes')
          const char = text[at] as string
          if (char === '"' && text[at + 1] === '"') {
            field += '"'
            at += 2
          } else if (char === '"') {
            at++
            break
          } else {
            if (char === '\n') line++
            field += char
            at++
          }
        }
        if (text[at] !== ',' && !endsRecord(text, at))
          throw new InputError(line, 'text after a closing quote')
      } else {
        const from = at
        while (text[at] !== ',' && !endsRecord(text, at)) at++
        field = text.slice(from, at)
        if (field.includes('"')) throw new InputError(line, 'a quote inside an unquoted field')
      }
      fields.push(field)
      if (text[at] === ',') {
        at++
        continue
      }
      at += text[at] === '\r' ? 2 : 1
      line++
      break
    }
    if (fields.length > 1 || (fields[0] as string).trim() !== '') yield { line: start, fields }
  }
}

interface Row {
  year: number
  level: number
  title: string
  salaryInUsd: number
  residence: string
  remoteRatio: number
  size: number
}

const NUMBER = /^-?\d+(\.\d+)?$/
const currencies = new Set(Intl.supportedValuesOf('currency'))

/** The row, or why it is skipped. */
function readRow(get: (column: Column) => string): Row | SkipReason {
  const usd = get('salary_in_usd')
  if (!NUMBER.test(usd) || Math.round(Number(usd)) < 1) return 'salaryInUsd'
  if (!NUMBER.test(get('salary'))) return 'salary'
  if (!currencies.has(get('salary_currency'))) return 'currency'
  if (!/^\d{4}$/.test(get('work_year'))) return 'workYear'
  const level = LEVELS.indexOf(get('experience_level') as ExperienceLevel)
  if (level < 0) return 'experienceLevel'
  const size = SIZES.indexOf(get('company_size') as CompanySize)
  if (size < 0) return 'companySize'
  if (!REMOTE_RATIOS.includes(get('remote_ratio'))) return 'remoteRatio'
  if (!/^[A-Z]{2}$/.test(get('employee_residence'))) return 'residence'
  if (get('job_title') === '') return 'jobTitle'
  return {
    year: Number(get('work_year')),
    level,
    title: get('job_title'),
    salaryInUsd: Math.round(Number(usd)),
    residence: get('employee_residence'),
    remoteRatio: Number(get('remote_ratio')),
    size,
  }
}

/** Column positions by name; stops at a missing or repeated column. */
function readHeader(header: CsvRecord): Map<string, number> {
  const positions = new Map<string, number>()
  header.fields.forEach((name, position) => {
    const column = name.trim()
    if (positions.has(column)) throw new InputError(header.line, `column ${column} appears twice`)
    positions.set(column, position)
  })
  const missing = REQUIRED_COLUMNS.filter((column) => !positions.has(column))
  if (missing.length > 0)
    throw new InputError(header.line, `missing column(s) ${missing.join(', ')}`)
  return positions
}

/** Distinct values, most frequent first, ties in code-unit order. */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : 1),
  )
}

/** Builds the file's content from the rows kept. */
function toSalaryFile(
  rows: readonly Row[],
  skipped: Record<string, number>,
  snapshotDate: string,
): SalaryFile {
  const titleCounts = new Map<string, number>()
  for (const row of rows) titleCounts.set(row.title, (titleCounts.get(row.title) ?? 0) + 1)
  const titles = [...titleCounts.keys()].sort((a, b) => (a < b ? -1 : 1))
  const titleIds = new Map(titles.map((title, id) => [title, id]))
  // A stable sort: rows of one title keep the CSV's order.
  const ordered = rows
    .map((row) => ({ row, titleId: titleIds.get(row.title) as number }))
    .sort((a, b) => a.titleId - b.titleId)
    .map(({ row }) => row)
  const residences = byFrequency(rows.map((row) => row.residence))
  const residenceIds = new Map(residences.map((code, id) => [code, id]))
  return {
    format: 'role-atlas-salary-index',
    version: 1,
    generator: { script: 'scripts/build-salary-index.ts', version: SCRIPT_VERSION },
    source: { ...SOURCE, snapshotDate, rowCount: rows.length },
    note: NOTE,
    skipped,
    dictionaries: {
      jobTitle: titles,
      employeeResidence: residences,
      experienceLevel: [...LEVELS],
      companySize: [...SIZES],
    },
    rowsPerTitle: titles.map((title) => titleCounts.get(title) as number),
    columns: {
      workYear: ordered.map((row) => row.year),
      experienceLevel: ordered.map((row) => row.level),
      salaryInUsd: ordered.map((row) => row.salaryInUsd),
      employeeResidence: ordered.map((row) => residenceIds.get(row.residence) as number),
      remoteRatio: ordered.map((row) => row.remoteRatio),
      companySize: ordered.map((row) => row.size),
    },
  }
}

export interface BuildResult {
  file: SalaryFile
  rowsRead: number
}

/** Reads the CSV text into the salary file; throws an {@link InputError} that stops the build. */
export function buildSalaryFile(csvText: string, snapshotDate: string): BuildResult {
  const records = parseCsv(csvText)
  const header = records.next()
  if (header.done) throw new InputError(1, 'the file is empty')
  const positions = readHeader(header.value)
  const width = header.value.fields.length
  const skippedBy = new Map<SkipReason, number>()
  const rows: Row[] = []
  let rowsRead = 0
  for (const { line, fields } of records) {
    if (fields.length !== width)
      throw new InputError(line, `expected ${width} fields, found ${fields.length}`)
    rowsRead++
    const row = readRow((column) => (fields[positions.get(column) as number] as string).trim())
    if (typeof row === 'string') skippedBy.set(row, (skippedBy.get(row) ?? 0) + 1)
    else rows.push(row)
  }
  const skipped = Object.fromEntries(
    Object.entries(SKIP_REASONS).map(([key, reason]) => [
      reason,
      skippedBy.get(key as SkipReason) ?? 0,
    ]),
  )
  return { file: toSalaryFile(rows, skipped, snapshotDate), rowsRead }
}

/** The snapshot date in the CSV's name, as in aijobs-salaries-2025-01-19.csv. */
function snapshotDateOf(csvPath: string): string {
  const match = /(\d{4}-\d{2}-\d{2})\.csv$/i.exec(basename(csvPath))
  if (!match?.[1] || Number.isNaN(Date.parse(match[1])))
    throw new Error(`name the CSV with its snapshot date, like aijobs-salaries-2025-01-19.csv`)
  return match[1]
}

/**
 * Pretty enough to read and diff, small enough to ship: objects one key a line, every array
 * on a single line.
 */
function layout(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return JSON.stringify(value)
  const inner = `${indent}  `
  const entries = Object.entries(value).map(
    ([key, entry]) => `${inner}${JSON.stringify(key)}: ${layout(entry, inner)}`,
  )
  return `{\n${entries.join(',\n')}\n${indent}}`
}

const count = (value: number): string => value.toLocaleString('en')

function readme(result: BuildResult, fileName: string): string {
  const { file, rowsRead } = result
  const skippedTotal = rowsRead - file.source.rowCount
  const reasons = Object.entries(file.skipped).map(
    ([reason, rows]) => `- ${reason}: ${count(rows)}`,
  )
  return [
    '# Salary index',
    '',
    `\`${fileName}\` is the ${file.source.name}, snapshot of ${file.source.snapshotDate}, ` +
      'reduced to the columns Role Atlas shows. It is generated; do not edit it by hand.',
    '',
    `- Source: ${file.source.name}, <${file.source.url}>`,
    `- Licence: ${file.source.licence} (public domain); attribution appreciated: ` +
      'aijobs.net/salaries',
    `- Snapshot date: ${file.source.snapshotDate}`,
    `- Rows: ${count(rowsRead)} read, ${count(file.source.rowCount)} kept, ` +
      `${count(skippedTotal)} skipped`,
    `- Job titles: ${count(file.dictionaries.jobTitle.length)}`,
    `- Built by \`${file.generator.script}\` version ${file.generator.version}`,
    '',
    'Rows skipped, by reason:',
    '',
    ...reasons,
    '',
    '## Rebuild',
    '',
    '```sh',
    'npm run salaries:build -- path/to/aijobs-salaries-YYYY-MM-DD.csv',
    '```',
    '',
    'The snapshot date comes from the CSV file name. The rules for reading it are in the',
    "script's header comment and in the file's `note`.",
    '',
  ].join('\n')
}

/** Writes every file to a temp file beside it, then renames them all into place. */
async function writeAtomically(files: readonly { path: string; text: string }[]): Promise<void> {
  const temps = files.map(({ path }) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.tmp`),
  )
  try {
    for (const [i, { path, text }] of files.entries()) {
      await mkdir(dirname(path), { recursive: true })
      const handle = await open(temps[i] as string, 'wx')
      try {
        await handle.writeFile(text)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
    for (const [i, { path }] of files.entries()) await rename(temps[i] as string, path)
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })))
    throw error
  }
}

async function main(args: readonly string[]): Promise<void> {
  const [csvPath, outArgument] = args
  if (csvPath === undefined || args.length > 2) {
    throw new Error('usage: npm run salaries:build -- <csv> [out.json]')
  }
  const outPath = resolve(outArgument ?? DEFAULT_OUT)
  const result = buildSalaryFile(await readFile(csvPath, 'utf8'), snapshotDateOf(csvPath))
  const json = `${layout(result.file)}\n`
  await writeAtomically([
    { path: outPath, text: json },
    { path: join(dirname(outPath), 'README.md'), text: readme(result, basename(outPath)) },
  ])
  const skipped = Object.entries(result.file.skipped).map(
    ([reason, rows]) => `  ${count(rows).padStart(7)}  ${reason}\n`,
  )
  process.stdout.write(
    `Wrote ${relative(process.cwd(), outPath)} (${count(Buffer.byteLength(json))} bytes)\n` +
      `Rows read: ${count(result.rowsRead)}; kept: ${count(result.file.source.rowCount)}; ` +
      `skipped: ${count(result.rowsRead - result.file.source.rowCount)}\n` +
      skipped.join(''),
  )
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`Cannot build the salary index: ${reason}. Nothing was written.`)
    process.exitCode = 1
  })
}
