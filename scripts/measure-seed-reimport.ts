/**
 * One-off measurement for the merge: imports each seed article of ../shared/seeds into the
 * built-in roles made from it (the roles whose name or alias matches each of its two roles)
 * and prints how many items each section gains. Reads the seeds; writes nothing.
 *
 *   node scripts/measure-seed-reimport.ts [--verbose] [seeds folder]
 *
 * With --verbose, also lists each item added and each near match (which the preview shows
 * for the user to decide; unless kept apart, a near match is merged, as here).
 */
import { readdir, readFile } from 'node:fs/promises'
import { registerHooks } from 'node:module'
import { join, resolve } from 'node:path'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\/.*\.json$/.test(specifier)) {
      return { ...nextResolve(specifier, context), importAttributes: { type: 'json' } }
    }
    const extensionless = /^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)
    return nextResolve(extensionless ? `${specifier}.ts` : specifier, context)
  },
})
const { loadBundledCatalog } = await import('../src/main/services/catalog/bundled-catalog')
const { EntityLinker } = await import('../src/shared/domain/entity-linker')
const { applyImport } = await import('../src/shared/domain/article-import/apply-import')
const { suggestRole } = await import('../src/shared/domain/article-import/suggest-role')
const { sectionKeys } = await import('../src/shared/domain/sections')
const { parseArticle } = await import('../src/shared/importer/parse-article')
const { articleTextFromFile } = await import('../src/shared/importer/article-file')

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const folderArg = args.find((arg) => arg !== '--verbose')
const folder = resolve(folderArg ?? resolve(import.meta.dirname, '../../../shared/seeds'))
const { mergeIntoRole } = await import('../src/shared/domain/article-import/merge-role')
const { contributionsOf } = await import('../src/shared/domain/article-import/contribution')
const { articleRefFor } = await import('../src/shared/domain/article-import/article-ref')
const { catalog, taxonomy } = loadBundledCatalog()
const linker = new EntityLinker(taxonomy.entities)
const keys = [...sectionKeys, 'statements'] as const
let worst = 0
for (const file of (await readdir(folder)).sort()) {
  const read = articleTextFromFile(new Uint8Array(await readFile(join(folder, file))), file)
  if (!read.ok) throw new Error(`${file}: ${read.error.message}`)
  const outcome = parseArticle(read.text, linker)
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.message}`)
  const article = outcome.article
  const targets = article.roles.map((role) => suggestRole(role.name, catalog.roles))
  const [first, second] = targets
  if (!first || !second) throw new Error(`${file}: no built-in role for one of its roles`)
  const applied = applyImport(
    { roles: catalog.roles, articles: [] },
    article,
    [
      { action: 'merge', roleId: first.id },
      { action: 'merge', roleId: second.id },
    ],
    catalog.articles,
  )
  for (const target of [first, second]) {
    const after = applied.state.roles.find((role) => role.id === target.id)
    if (!after) continue
    const sizes = (role: typeof target) => [
      ...sectionKeys.map((key) => role.sections[key].length),
      role.outlook.statements.length,
    ]
    const gained = sizes(after).map((size, at) => size - (sizes(target)[at] ?? 0))
    worst = Math.max(worst, ...gained)
    const parts = keys.map((key, at) => `${key} +${gained[at]}`).join(', ')
    const total = gained.reduce((sum, value) => sum + value, 0)
    process.stdout.write(`${file.slice(0, 3)} ${target.name}: +${total} (${parts})\n`)
  }
  if (!verbose) continue
  const ref = articleRefFor(article, [], catalog.articles)
  const contributions = contributionsOf(article, ref.id, catalog.roles)
  targets.forEach((target, at) => {
    const contribution = contributions[at === 0 ? 0 : 1]
    if (!target) return
    const { fates } = mergeIntoRole(target, contribution, { articleId: ref.id })
    for (const [key, list] of Object.entries(fates)) {
      const incoming =
        key === 'outlook'
          ? contribution.outlook.statements
          : contribution.sections[key as (typeof sectionKeys)[number]]
      list.forEach((fate, position) => {
        if (fate.verdict === 'same') return
        const text = incoming[position]?.text ?? ''
        const near = fate.verdict === 'near' ? ` ~ “${fate.matchText}”` : ''
        process.stdout.write(`    ${target.name} ${key} ${fate.verdict}: “${text}”${near}\n`)
      })
    }
  })
}
process.stdout.write(`most items any section gained: ${worst}\n`)
