import type { Catalog } from '../../../shared/domain/catalog'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import { byName, entityLabel, entityLabels } from '../../../shared/domain/compare/entity-sets'
import { articlesById } from '../../../shared/domain/article-import/article-index'
import type {
  EntityLabel,
  LibraryFigures,
  LibraryQuery,
  LibraryResult,
  RoleDetail,
} from '../../../shared/domain/library'
import { queryLibrary } from '../../../shared/domain/library-search'
import { roleEntityIds, type ArticleRef } from '../../../shared/domain/role'
import type { Source } from '../../../shared/domain/source'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { mergeBuiltInCatalog } from './merge'

/** Roles and entities: the library, the role pages and the built-in catalog merge. */
export class CatalogService {
  readonly #store: Store
  readonly #catalog: Catalog
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #catalogArticles: readonly ArticleRef[]
  readonly #sources: ReadonlyMap<string, Source>

  constructor(store: Store, catalog: Catalog, taxonomy: Taxonomy) {
    this.#store = store
    this.#catalog = catalog
    this.#entities = entitiesById(taxonomy)
    this.#catalogArticles = catalog.articles
    this.#sources = new Map((catalog.sources ?? []).map((source) => [source.id, source]))
  }

  /** Merges a newer built-in catalog into the database; does nothing when it is current. */
  async boot(): Promise<void> {
    const merged = mergeBuiltInCatalog(this.#store.data, this.#catalog)
    if (!merged) return
    await this.#store.update((db) => {
      db.catalogVersion = merged.catalogVersion
      db.roles = merged.roles
    })
  }

  get catalogVersion(): number {
    return this.#store.data.catalogVersion
  }

  /** The library for a query; `figures` are salaries and fits, for the filters and sorts that use them. */
  query(query: LibraryQuery, figures: LibraryFigures = {}): LibraryResult {
    return queryLibrary(this.#store.data.roles, this.#entities, query, figures)
  }

  /** A role with the entities and articles its page shows; `not-found` for an unknown id. */
  get(id: string): RoleDetail {
    const role = this.#store.data.roles.find((candidate) => candidate.id === id)
    if (!role) throw new AppError('not-found', `There is no role with the id "${id}".`)
    const entities = entityLabels(roleEntityIds(role), this.#entities)
    // Keyed by ids from imported data ("__proto__" included): an object without a prototype,
    // so every id is an own key and none reaches Object.prototype.
    const articles: Record<string, ArticleRef> = Object.create(null)
    const cited = [
      ...Object.values(role.sections).flat(),
      ...role.outlook.statements,
      ...role.outlook.figures,
    ].flatMap((item) => item.provenance.articleIds)
    const known = articlesById(this.#catalogArticles, this.#store.data.articles)
    for (const articleId of cited) {
      const article = known.get(articleId)
      if (article) articles[articleId] = article
    }
    const sources = (role.profile?.sourceIds ?? []).flatMap((sourceId) => {
      const source = this.#sources.get(sourceId)
      return source ? [source] : []
    })
    return { role, entities, articles, sources }
  }

  /** Every entity of the taxonomy, sorted by name. */
  entities(): EntityLabel[] {
    return [...this.#entities.values()].map(entityLabel).sort(byName)
  }
}
