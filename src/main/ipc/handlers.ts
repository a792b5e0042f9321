import type { AppService } from '../services/app-service'
import type { CatalogService } from '../services/catalog/catalog-service'
import type { LinkService } from '../services/link-service'
import type { HandlerTable } from './invoke'

export interface Services {
  app: AppService
  catalog: CatalogService
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
  }
}
