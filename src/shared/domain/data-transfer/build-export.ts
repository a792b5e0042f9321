import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  type UserData,
} from './export-document'
import { builtInRolesWithContributions } from './built-in-contributions'

/** Who is exporting: the versions the file will name, and when. */
export interface ExportMeta {
  schemaVersion: number
  appVersion: string
  exportedAt: Date
}

/**
 * The export of a database: everything the user made, in stored order. Built-in roles are left
 * out (they ship with the app; comparisons and plans still name them by id), except those the
 * user's imports changed, which go apart as `builtInRoles`; so are
 * comparisons and plans deleted and only kept for undo. Progress and the whole activity log go
 * as they are, so the history survives the trip.
 */
export function buildExport<Settings>(
  db: Readonly<UserData<Settings>>,
  meta: ExportMeta,
): ExportDocument<Settings> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt.toISOString(),
    data: structuredClone({
      roles: db.roles.filter((role) => role.origin !== 'builtin'),
      articles: db.articles,
      comparisons: db.comparisons.filter((comparison) => comparison.deletedAt === undefined),
      plans: db.plans.filter((plan) => plan.deletedAt === undefined),
      progress: db.progress,
      activity: db.activity,
      settings: db.settings,
      builtInRoles: builtInRolesWithContributions(
        db.roles,
        new Set(db.articles.map((article) => article.id)),
      ),
    }),
  }
}

/** An export as the file holds it: indented JSON, newline-terminated, like the data file. */
export function exportToText<Settings>(document: ExportDocument<Settings>): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
