import type { ChooseOpenPath, ChooseSavePath, OpenFolder } from './dialogs/dialogs'
import { createHandlers, type Services } from './ipc/handlers'
import type { HandlerTable } from './ipc/invoke'
import { AppService } from './services/app-service'
import { BackupsService } from './services/backups/backups-service'
import { loadCatalogFrom } from './services/catalog/bundled-catalog'
import { CatalogService } from './services/catalog/catalog-service'
import { PlansService } from './services/plans/plans-service'
import { CompareService } from './services/compare/compare-service'
import { SavedComparisonsService } from './services/saved-comparisons/saved-comparisons-service'
import { PlanExportService } from './services/data/plan-export-service'
import { DataService } from './services/data/data-service'
import { FitService } from './services/fit/fit-service'
import { ArticleImportService } from './services/article-import/article-import-service'
import { WorkerArticleParser } from './services/article-import/article-parser'
import { LinkService, type ExternalOpener } from './services/link-service'
import { ProgressService } from './services/progress/progress-service'
import { SalaryService } from './services/salaries/salary-service'
import { SyncService } from './services/sync/sync-service'
import { Store, type StoreOptions } from './store/db'
import { acquireInstanceLock } from './store/instance-lock'

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
  /** The built-in catalog's folder (resources/catalog); read and validated once at start. */
  catalogDir: string
  /**
   * The article parser's thread: the built `out/main/article-parser-worker.js` in the app, the
   * e2e harness and the packaged app; its source with a resolve hook in unit tests.
   */
  articleParserWorker: { file: string | URL; execArgv?: string[] }
  /** How the data store opens; tests inject a failing file system here. */
  storeOptions?: StoreOptions
}

/** Everything main runs, wired once: the store, the services and their handler table. */
export interface AppContainer {
  store: Store
  services: Services
  handlers: HandlerTable
  /** Flushes pending writes, closes the store and releases the data folder. */
  shutdown(): Promise<void>
}

/**
 * Opens the store (recovering it if needed), boots every service and builds the handler
 * table. Shared by the Electron shell and the end-to-end harness, so both run the same code.
 */
export async function openAppContainer(options: AppContainerOptions): Promise<AppContainer> {
  const { catalog, taxonomy } = loadCatalogFrom(options.catalogDir)
  // Taken before the store reads anything, so a second instance never opens the data.
  const lock = await acquireInstanceLock(options.dataFilePath)
  const store = await Store.open(options.dataFilePath, options.storeOptions).catch(
    async (error: unknown) => {
      await lock.release()
      throw error
    },
  )
  // Events are marked with the copy of the data that made them: this install's device id,
  // which sync keeps (read once sync has opened, below; nothing logs activity before then).
  const origin = (): string => sync.deviceId
  // The catalog merges first: comparisons and plans read the roles it installs.
  const catalogService = new CatalogService(store, catalog, taxonomy)
  await catalogService.boot()
  const savedComparisonsService = new SavedComparisonsService(store)
  await savedComparisonsService.boot()
  const plansService = new PlansService(store, taxonomy, { origin })
  await plansService.boot()
  // Sync listens to the store's commits, so it opens before any service can change data.
  const sync = await SyncService.open(store, { chooseOpenPath: options.chooseOpenPath })
  const services: Services = {
    catalog: catalogService,
    plans: plansService,
    planExport: new PlanExportService(store, { chooseSavePath: options.chooseSavePath }),
    backups: new BackupsService(store, { openFolder: options.openFolder }),
    data: new DataService(store, {
      appVersion: options.version,
      builtInArticleIds: new Set(catalog.articles.map((article) => article.id)),
      chooseSavePath: options.chooseSavePath,
      chooseOpenPath: options.chooseOpenPath,
    }),
    app: new AppService({
      version: options.version,
      dataFilePath: store.filePath,
      catalogVersion: () => catalogService.catalogVersion,
      notices: store.notices,
    }),
    compare: new CompareService(store, taxonomy, catalog.articles, {
      chooseSavePath: options.chooseSavePath,
    }),
    savedComparisons: savedComparisonsService,
    fit: new FitService(store, taxonomy),
    articleImport: new ArticleImportService(store, taxonomy, catalog.articles, {
      chooseOpenPath: options.chooseOpenPath,
      parser: new WorkerArticleParser(options.articleParserWorker.file, taxonomy.entities, {
        ...(options.articleParserWorker.execArgv && {
          execArgv: options.articleParserWorker.execArgv,
        }),
      }),
    }),
    links: new LinkService(options.openExternal),
    progress: new ProgressService(store, taxonomy, { origin }),
    salaries: new SalaryService(store, options.salaryIndexPath),
    sync,
  }
  sync.boot()
  return {
    store,
    services,
    handlers: createHandlers(services),
    shutdown: async () => {
      await sync.shutdown()
      await services.articleImport.shutdown()
      await store.close()
      await lock.release()
    },
  }
}
