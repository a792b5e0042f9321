import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import {
  ArticleSourcesSchema,
  MarketRoleContentSchema,
  OccupationContentSchema,
  SeedContentSchema,
  type CatalogContent,
} from './content-schema'
import { RoleIdSchema } from '../../src/shared/domain/role'
import { catalogFamilyIds } from '../../src/shared/domain/role-families'
import { parseTsv } from './tsv'

/** The repository's root, for file names in messages. */
export const ROOT = join(import.meta.dirname, '../..')

/**
 * Reads the hand-written content in `dir`: `seed-roles.json`, `salary-titles.tsv`,
 * `tool-links.tsv` and the prose `index.ts` exports (occupations, excluded, articles,
 * marketRoles, families), each checked with its schema.
 */
export async function loadContent(dir: string): Promise<CatalogContent> {
  const modules = (await import(pathToFileURL(join(dir, 'index.ts')).href)) as Record<
    string,
    unknown
  >
  const name = (file: string): string => relative(ROOT, join(dir, file))
  const seeds = SeedContentSchema.parse(
    JSON.parse(await readFile(join(dir, 'seed-roles.json'), 'utf8')),
  )
  const salaryTitles = parseTsv(
    await readFile(join(dir, 'salary-titles.tsv'), 'utf8'),
    name('salary-titles.tsv'),
    ['role_id', 'salary_title'],
  ).map((row) => ({
    roleId: row.fields.role_id,
    title: row.fields.salary_title,
    file: name('salary-titles.tsv'),
    line: row.line,
  }))
  const toolLinks = Object.fromEntries(
    parseTsv(await readFile(join(dir, 'tool-links.tsv'), 'utf8'), name('tool-links.tsv'), [
      'onet_example',
      'entity_id',
    ]).map((row) => [row.fields.onet_example, row.fields.entity_id]),
  )
  return {
    seeds,
    occupations: z.array(OccupationContentSchema).parse(modules['occupations']),
    excluded: z.record(z.string(), z.string().min(1)).parse(modules['excluded']),
    articles: ArticleSourcesSchema.parse(modules['articles']),
    marketRoles: z.array(MarketRoleContentSchema).parse(modules['marketRoles']),
    families: z.record(RoleIdSchema, z.enum(catalogFamilyIds)).parse(modules['families']),
    toolLinks,
    salaryTitles,
  }
}

/** Rows per job title in the committed salary index. */
export async function salaryRowCounts(file: string): Promise<Map<string, number>> {
  const index = z
    .object({
      dictionaries: z.object({ jobTitle: z.array(z.string()) }),
      rowsPerTitle: z.array(z.number().int()),
    })
    .parse(JSON.parse(await readFile(file, 'utf8')))
  return new Map(
    index.dictionaries.jobTitle.map((title, at) => [title, index.rowsPerTitle[at] ?? 0]),
  )
}
