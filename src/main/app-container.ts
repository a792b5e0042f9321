import type { ChooseOpenPath, ChooseSavePath, OpenFolder } from './dialogs/dialogs'
import { createHandlers, type Services } from './ipc/handlers'
import type { HandlerTable } from './ipc/invoke'
import { AppService } from './services/app-service'
import { loadBundledCatalog } from './services/catalog/bundled-catalog'
import { CatalogService } from './services/catalog/catalog-service'
import { ChecklistsService } from './services/checklists/checklists-service'
import { CompareService } from './services/compare/compare-service'
import { ComparisonsService } from './services/comparisons/comparisons-service'
import { FitService } from './services/fit/fit-service'
import { LinkService, type ExternalOpener } from './services/link-service'
import { ProgressService } from './services/progress/progress-service'
import { SalaryService } from './services/salaries/salary-service'
import { Store } from './store/db'

export interface AppContainerOptions {
  dataFilePath: string
  version: string
  openExternal: ExternalOpener
  /** Asks where an export goes: Electron's save dialog in the app, a folder in the e2e harness. */
  chooseSavePath: ChooseSavePath
  /** Asks which file to read (an article, an export): Electron's open dialog in the app. */
  chooseOpenPath: ChooseOpenPath
  /** Shows a folder in the system file manager. */
  openFolder: OpenFolder
  /** The bundled salary index (resources/salaries/aijobs-salaries.json); read on first use. */
  salaryIndexPath: string
}

/** Everything main runs, wired once: the store, the services and their handler table. */
export interface AppContainer {
  store: Store
  services: Services
  handlers: HandlerTable
  /** Flushes pending writes and closes the store. */
  shutdown(): Promise<void>
}

/**
 * Opens the store (recovering it if needed), boots every service and builds the handler
 * table. Shared by the Electron shell and the end-to-end harness, so both run the same code.
 */
export async function openAppContainer(options: AppContainerOptions): Promise<AppContainer> {
  const { catalog, taxonomy } = loadBundledCatalog()
  const store = await Store.open(options.dataFilePath)
  // The catalog merges first: comparisons and checklists read the roles it installs.
  const catalogService = new CatalogService(store, catalog, taxonomy)
  await catalogService.boot()
  const comparisonsService = new ComparisonsService(store)
  await comparisonsService.boot()
  const checklistsService = new ChecklistsService(store, taxonomy)
  await checklistsService.boot()
  const services: Services = {
    catalog: catalogService,
    checklists: checklistsService,
    app: new AppService({
      version: options.version,
      dataFilePath: store.filePath,
      catalogVersion: () => catalogService.catalogVersion,
      notices: store.notices,
    }),
    compare: new CompareService(store, taxonomy, catalog.articles, {
      chooseSavePath: options.chooseSavePath,
    }),
    comparisons: comparisonsService,
    fit: new FitService(store, taxonomy),
    links: new LinkService(options.openExternal),
    progress: new ProgressService(store, taxonomy),
    salaries: new SalaryService(store, options.salaryIndexPath),
  }
  return {
    store,
    services,
    handlers: createHandlers(services),
    shutdown: () => store.close(),
  }
}
