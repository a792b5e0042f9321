import { wantsSalaries } from '../../shared/domain/library'
import type { AppService } from '../services/app-service'
import type { BackupsService } from '../services/backups/backups-service'
import type { CatalogService } from '../services/catalog/catalog-service'
import type { PlansService } from '../services/plans/plans-service'
import type { CompareService } from '../services/compare/compare-service'
import type { SavedComparisonsService } from '../services/saved-comparisons/saved-comparisons-service'
import type { PlanExportService } from '../services/data/plan-export-service'
import type { DataService } from '../services/data/data-service'
import type { FitService } from '../services/fit/fit-service'
import type { ArticleImportService } from '../services/article-import/article-import-service'
import type { LinkService } from '../services/link-service'
import type { ProgressService } from '../services/progress/progress-service'
import type { SalaryService } from '../services/salaries/salary-service'
import type { SyncService } from '../services/sync/sync-service'
import type { HandlerTable } from './invoke'

export interface Services {
  app: AppService
  backups: BackupsService
  catalog: CatalogService
  plans: PlansService
  planExport: PlanExportService
  compare: CompareService
  savedComparisons: SavedComparisonsService
  data: DataService
  fit: FitService
  articleImport: ArticleImportService
  links: LinkService
  progress: ProgressService
  salaries: SalaryService
  sync: SyncService
}

/** The handler table main registers with `ipcMain.handle` and the e2e harness exposes to the page. */
export function createHandlers(services: Services): HandlerTable {
  return {
    'app:status': () => services.app.status(),
    'app:dismissNotice': ({ id }) => services.app.dismissNotice(id),
    'library:query': async (query) =>
      services.catalog.query(query, {
        medians: wantsSalaries(query) ? await services.salaries.medians() : undefined,
        fits:
          query.sort === 'fit'
            ? new Map(services.fit.ranking().map((fit) => [fit.roleId, fit.score]))
            : undefined,
      }),
    'roles:get': ({ id }) => services.catalog.get(id),
    'taxonomy:list': () => services.catalog.entities(),
    'links:openExternal': ({ url }) => services.links.openExternal(url),
    'compare:roles': ({ roleIds }) => services.compare.compare(roleIds),
    'compare:transition': ({ fromId, toId }) => services.compare.transition(fromId, toId),
    'compare:export': (input) => services.compare.export(input),
    'savedComparisons:list': ({ text }) => services.savedComparisons.list(text),
    'savedComparisons:get': ({ id }) => services.savedComparisons.get(id),
    'savedComparisons:save': (input) => services.savedComparisons.save(input),
    'savedComparisons:update': (input) => services.savedComparisons.update(input),
    'savedComparisons:duplicate': ({ id }) => services.savedComparisons.duplicate(id),
    'savedComparisons:delete': ({ id }) => services.savedComparisons.delete(id),
    'savedComparisons:restore': ({ id }) => services.savedComparisons.restore(id),
    'plans:list': ({ includeArchived }) => services.plans.list(includeArchived),
    'plans:get': ({ id, asOf }) => services.plans.get(id, asOf),
    'plans:create': (input) => services.plans.create(input),
    'plans:update': (input) => services.plans.update(input),
    'plans:delete': ({ id }) => services.plans.delete(id),
    'plans:restore': ({ id }) => services.plans.restore(id),
    'plans:addItem': (input) => services.plans.addItem(input),
    'plans:addKeys': (input) => services.plans.addKeys(input),
    'plans:editItem': (input) => services.plans.editItem(input),
    'plans:moveItem': (input) => services.plans.moveItem(input),
    'plans:removeItem': (input) => services.plans.removeItem(input),
    'plans:restoreItem': (input) => services.plans.restoreItem(input),
    'plans:reset': ({ id }) => services.plans.reset(id),
    'plans:export': (input) => services.planExport.export(input),
    'progress:set': (input) => services.progress.set(input),
    'progress:undo': async ({ batchId }) => {
      await services.progress.undo(batchId)
    },
    'progress:readiness': () => services.progress.readiness(),
    'progress:dashboard': ({ asOf }) => services.progress.dashboard(asOf),
    'skills:list': () => services.fit.skills(),
    'fit:ranking': () => services.fit.ranking(),
    'fit:role': ({ roleId }) => services.fit.role(roleId),
    'salaries:forRole': ({ roleId, filters }) => services.salaries.forRole(roleId, filters),
    'salaries:compare': ({ roleIds }) => services.salaries.compare(roleIds),
    'salaries:source': () => services.salaries.source(),
    'data:export': () => services.data.export(),
    'data:previewImport': () => services.data.previewImport(),
    'data:applyImport': ({ token, mode }) => services.data.applyImport(token, mode),
    'backups:list': () => services.backups.list(),
    'backups:restore': ({ id }) => services.backups.restore(id),
    'backups:openFolder': () => services.backups.openFolder(),
    'articleImport:preview': ({ text }) => services.articleImport.preview(text),
    'articleImport:openFile': () => services.articleImport.openFile(),
    'articleImport:mergePreview': (input) => services.articleImport.mergePreview(input),
    'articleImport:save': (input) => services.articleImport.save(input),
    'articleImport:undo': ({ undoId }) => services.articleImport.undo(undoId),
    'articleImport:articles': () => services.articleImport.importedArticles(),
    'articleImport:roleUsage': ({ roleId }) => services.articleImport.roleUsage(roleId),
    'articleImport:renameRole': ({ roleId, name }) =>
      services.articleImport.renameRole(roleId, name),
    'articleImport:deleteRole': ({ roleId }) => services.articleImport.deleteRole(roleId),
    'articleImport:removeArticle': ({ articleId }) =>
      services.articleImport.removeArticle(articleId),
    'sync:status': () => services.sync.status(),
    'sync:chooseFolder': () => services.sync.chooseFolder(),
    'sync:now': () => services.sync.syncNow(),
    'sync:setDeviceName': ({ name }) => services.sync.setDeviceName(name),
    'sync:forgetDevice': ({ deviceId }) => services.sync.forgetDevice(deviceId),
    'sync:unforgetDevice': ({ deviceId }) => services.sync.unforgetDevice(deviceId),
    'sync:dismissNotice': () => services.sync.dismissNotice(),
    'sync:disable': () => services.sync.disable(),
  }
}
