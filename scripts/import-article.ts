/**
 * Parses role-comparison articles with the app's importer and prints what it found.
 *
 *   npm run import-article -- [--json] <file...>
 *   node scripts/import-article.ts [--json] <file...>
 *
 * Reads .txt, .md, .html and .htm files, exactly as the Import view does, and never writes
 * anything. With --json, prints one JSON document for the whole run:
 *   { "files": [ { "file", "title", "roles", "sharedSections", "jobs", "outlookFigures",
 *                  "warnings" } ] }
 * (the README describes every field); without it, a short summary per file. A file that
 * cannot be read, is empty, binary, too large or not an article gets one line on stderr and
 * is left out; the others still print, and the exit code is 1.
 *
 * Node runs this file with its built-in type stripping; as in the other scripts, a resolve
 * hook adds `.ts` to the app's extensionless imports before the modules are loaded.
 */
import { readFile } from 'node:fs/promises'
import { registerHooks } from 'node:module'
import { resolve } from 'node:path'
import type { ParsedArticle, ParsedItem, ParsedListSectionKey } from '../src/shared/importer/types'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const extensionless = /^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)
    return nextResolve(extensionless ? `${specifier}.ts` : specifier, context)
  },
})
const { EntityLinker } = await import('../src/shared/domain/entity-linker')
const { TaxonomySchema } = await import('../src/shared/domain/entity')
const { articleTextFromFile } = await import('../src/shared/importer/article-file')
const { ARTICLE_MAX_BYTES } = await import('../src/shared/importer/limits')
const { readAtMost } = await import('../src/main/files/read-at-most')
const { hasErrorCode } = await import('../src/main/store/errno')
const { parseArticle } = await import('../src/shared/importer/parse-article')
const { parsedListSectionKeys } = await import('../src/shared/importer/types')

const USAGE = 'Usage: npm run import-article -- [--json] <file...>'
const taxonomyPath = resolve(import.meta.dirname, '../resources/catalog/taxonomy.json')

/** One file's result in the JSON document: the parsed article under the file's name. */
type FileResult = { file: string } & ParsedArticle

function unreadableReason(error: unknown): string {
  if (hasErrorCode(error, 'ENOENT')) return 'no such file'
  if (hasErrorCode(error, 'EISDIR')) return 'it is a folder'
  if (hasErrorCode(error, 'EACCES', 'EPERM')) return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

async function importFile(
  file: string,
  linker: InstanceType<typeof EntityLinker>,
): Promise<FileResult | string> {
  let bytes: Uint8Array
  try {
    bytes = await readAtMost(file, ARTICLE_MAX_BYTES + 1)
  } catch (error) {
    return `cannot be read: ${unreadableReason(error)}`
  }
  const read = articleTextFromFile(bytes, file)
  if (!read.ok) return read.error.message
  const parsed = parseArticle(read.text, linker)
  if (!parsed.ok) return parsed.error.message
  return { file, ...parsed.article }
}

function count(items: readonly ParsedItem[] | undefined, noun: string): string | null {
  return items && items.length > 0 ? `${items.length} ${noun}` : null
}

function sectionCounts(sections: Partial<Record<ParsedListSectionKey, ParsedItem[]>>): string {
  const counts = parsedListSectionKeys
    .map((key) => count(sections[key], key))
    .filter((part) => part !== null)
  return counts.length > 0 ? counts.join(', ') : 'no lists'
}

function summary(result: FileResult): string {
  const lines = [`${result.file}: ${result.title}`]
  for (const role of result.roles) {
    const definition = role.sections.definition === null ? 'no definition' : 'definition'
    lines.push(`  ${role.name}: ${definition}, ${sectionCounts(role.sections)}`)
  }
  if (Object.keys(result.sharedSections).length > 0) {
    lines.push(`  Both roles: ${sectionCounts(result.sharedSections)}`)
  }
  const { listings, excluded } = result.jobs
  lines.push(`  Featured jobs: ${listings.length} listed, ${excluded.length} left out`)
  for (const figure of result.outlookFigures) {
    const value =
      figure.unit === 'percent' ? `${figure.value}%` : `$${figure.value.toLocaleString('en-US')}`
    const about = figure.roleName ?? 'both roles'
    lines.push(`  Outlook: ${figure.kind} ${value}, ${figure.period}, ${figure.source} (${about})`)
  }
  for (const warning of result.warnings) lines.push(`  Warning: ${warning.message}`)
  return lines.join('\n')
}

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json')
  const files = args.filter((arg) => arg !== '--json')
  const unknown = files.find((arg) => arg.startsWith('--'))
  if (files.length === 0 || unknown) {
    console.error(unknown ? `Unknown option ${unknown}. ${USAGE}` : USAGE)
    return 1
  }
  const taxonomy = TaxonomySchema.parse(JSON.parse(await readFile(taxonomyPath, 'utf8')))
  const linker = new EntityLinker(taxonomy.entities)
  const results: FileResult[] = []
  let failed = false
  for (const file of files) {
    const result = await importFile(file, linker)
    if (typeof result === 'string') {
      failed = true
      console.error(`${file}: ${result}`)
      continue
    }
    results.push(result)
    if (!json) process.stdout.write(`${summary(result)}\n`)
  }
  if (json) process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`)
  return failed ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
