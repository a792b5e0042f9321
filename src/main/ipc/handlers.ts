import type { AppService } from '../services/app-service'
import type { CatalogService } from '../services/catalog/catalog-service'
import type { CompareService } from '../services/compare/compare-service'
import type { ComparisonsService } from '../services/comparisons/comparisons-service'
import type { LinkService } from '../services/link-service'
import type { HandlerTable } from './invoke'

export interface Services {
  app: AppService
  catalog: CatalogService
  compare: CompareService
  comparisons: ComparisonsService
  links: LinkService
}

/** The handler table main registers with `ipcMain.handle` and the e2e harness exposes to the page. */
export function createHandlers(services: Services): HandlerTable {
  return {
    'app:status': () => services.app.status(),
    'app:dismissNotice': ({ id }) => services.app.dismissNotice(id),
    'library:query': (query) => services.catalog.query(query),
    'roles:get': ({ id }) => services.catalog.get(id),
    'taxonomy:list': () => services.catalog.entities(),
    'links:openExternal': ({ url }) => services.links.openExternal(url),
    'compare:roles': ({ roleIds }) => services.compare.compare(roleIds),
    'compare:transition': ({ fromId, toId }) => services.compare.transition(fromId, toId),
    'compare:export': (input) => services.compare.export(input),
    'comparisons:list': ({ text }) => services.comparisons.list(text),
    'comparisons:get': ({ id }) => services.comparisons.get(id),
    'comparisons:save': (input) => services.comparisons.save(input),
    'comparisons:update': (input) => services.comparisons.update(input),
    'comparisons:duplicate': ({ id }) => services.comparisons.duplicate(id),
    'comparisons:delete': ({ id }) => services.comparisons.delete(id),
    'comparisons:restore': ({ id }) => services.comparisons.restore(id),
  }
}
