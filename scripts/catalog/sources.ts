import type { Source } from '../../src/shared/domain/source'

export {
  BLS_CITATION,
  BLS_SOURCE_ID,
  DATASET_SOURCES,
  ONET_ATTRIBUTION,
  ONET_SOURCE_ID,
  SALARY_SOURCE_ID,
} from '../../src/shared/domain/catalog-sources'

/** A source entry for an aijobs.net comparison article: facts used, wording not. */
export function articleSource(id: string, title: string, url: string, published: string): Source {
  return {
    id,
    title,
    version: `Published ${published}`,
    publisher: 'aijobs.net',
    licence: 'Copyright aijobs.net; facts used with the article as source, wording not copied',
    locator: url,
  }
}
