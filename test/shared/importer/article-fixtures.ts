import { readFileSync } from 'node:fs'
import path from 'node:path'
import taxonomyJson from '../../../resources/catalog/taxonomy.json'
import { TaxonomySchema } from '@shared/domain/entity'
import { EntityLinker } from '@shared/domain/entity-linker'
import { parseArticle } from '@shared/importer/parse-article'
import type { ParsedArticle, ParsedItem } from '@shared/importer/types'

/** The linker over the shipped taxonomy, as the app and the command line build it. */
export const linker = new EntityLinker(TaxonomySchema.parse(taxonomyJson).entities)

const articlesDir = path.resolve(import.meta.dirname, '../../fixtures/articles')

/** A synthetic article from test/fixtures/articles, as text. */
export function articleText(name: string): string {
  return readFileSync(path.join(articlesDir, name), 'utf8')
}

/** A synthetic article from test/fixtures/articles, as bytes. */
export function articleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(articlesDir, name)))
}

/** Parses text that must be an article, failing the test with the refusal otherwise. */
export function parsed(text: string): ParsedArticle {
  const outcome = parseArticle(text, linker)
  if (!outcome.ok) throw new Error(`expected an article, got: ${outcome.error.message}`)
  return outcome.article
}

/** The texts of items, for comparing lists. */
export const texts = (items: readonly ParsedItem[] | undefined): string[] =>
  (items ?? []).map((item) => item.text)
