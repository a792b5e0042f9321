import type { z } from 'zod'
import { checkData, type Library } from './check-data'
import { clampFutureDates, futureDatesWarning } from './future-dates'
import { compareVersions } from './versions'
import { upgradeExportData } from './upgrade-export'
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportEnvelopeSchema,
  exportDataSchema,
  FIRST_EXPORT_SCHEMA_VERSION,
  type ExportDocument,
  type ExportEnvelope,
} from './export-document'

/** The app reading an export: its versions, its library and its settings schema. */
export interface ReaderContext<Settings> {
  appVersion: string
  /** The time of reading: later dates in the file are brought back to it (see clampFutureDates). */
  now?: Date
  /** The data version this app reads and writes. */
  schemaVersion: number
  library: Library
  settings: z.ZodType<Settings>
}

/** A checked export with what the user should know, or why it cannot be imported. */
export type ReadExport<Settings> =
  | { ok: true; document: ExportDocument<Settings>; warnings: string[] }
  | { ok: false; message: string }

/** Issues listed in a refusal; the rest are counted. */
const ISSUES_SHOWN = 3

function listed(issues: readonly string[]): string {
  const shown = issues.slice(0, ISSUES_SHOWN).join(' ')
  const more = issues.length - ISSUES_SHOWN
  return more > 0 ? `${shown} (and ${more.toLocaleString('en')} more)` : shown
}

function newerThanApp<Settings>(
  envelope: Omit<ExportEnvelope, 'exportedAt'>,
  context: ReaderContext<Settings>,
): string | null {
  const by = `This file was exported by Role Atlas ${envelope.appVersion}`
  if (envelope.schemaVersion > context.schemaVersion) {
    return `${by} (data version ${envelope.schemaVersion}); this copy is ${context.appVersion} and reads up to data version ${context.schemaVersion}.`
  }
  if (envelope.version > EXPORT_FORMAT_VERSION) {
    return `${by} (export format ${envelope.version}); this copy is ${context.appVersion} and reads up to export format ${EXPORT_FORMAT_VERSION}.`
  }
  // The README promises a newer app's file is refused even at the same data version: its
  // records may mean more than this copy knows.
  if (compareVersions(envelope.appVersion, context.appVersion) > 0) {
    return `${by}, newer than this copy (${context.appVersion}). Update Role Atlas to ${envelope.appVersion} or later, then import the file again.`
  }
  return null
}

/** A value from the file, shown in a message: short, and quoted when it is text. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'missing'
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads an export file's text and checks all of it before anything is changed: that it is a
 * Role Atlas export, from an app no newer than this one, every record in shape and within the
 * size limits, and the records consistent with each other (see {@link checkData}). Every
 * refusal is a sentence for the user; nothing here throws on bad input.
 */
export function readExport<Settings>(
  text: string,
  context: ReaderContext<Settings>,
): ReadExport<Settings> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      ok: false,
      message: 'This file is not a Role Atlas export: it is not valid JSON (it may be damaged).',
    }
  }
  if (!isRecord(parsed) || parsed['format'] !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not a Role Atlas export.' }
  }
  const envelope = ExportEnvelopeSchema.omit({ exportedAt: true }).safeParse(parsed)
  if (!envelope.success) {
    return {
      ok: false,
      message: 'This Role Atlas export is damaged: it does not say which versions wrote it.',
    }
  }
  const exportedAt = ExportEnvelopeSchema.shape.exportedAt.safeParse(parsed['exportedAt'])
  if (!exportedAt.success) {
    return {
      ok: false,
      message: `This Role Atlas export is damaged: the date it says it was exported (${describeValue(parsed['exportedAt'])}) is not a real date and time. Export your data again and import the new file.`,
    }
  }
  const newer = newerThanApp(envelope.data, context)
  if (newer) return { ok: false, message: newer }
  if (envelope.data.schemaVersion < FIRST_EXPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `This file says it holds data version ${envelope.data.schemaVersion}, older than any Role Atlas export; it cannot be read.`,
    }
  }
  const data = exportDataSchema(context.settings).safeParse(
    upgradeExportData(envelope.data.data, envelope.data.schemaVersion),
  )
  if (!data.success) {
    const issues = data.error.issues.map(
      (issue) => `${['data', ...issue.path].join('.')}: ${issue.message}.`,
    )
    return {
      ok: false,
      message: `This Role Atlas export is damaged or was edited: ${listed(issues)}`,
    }
  }
  const { data: dated, clamped } = clampFutureDates(data.data, context.now ?? new Date())
  const check = checkData(dated, context.library)
  if (check.problems.length > 0) {
    return {
      ok: false,
      message: `This Role Atlas export does not hold together: ${listed(check.problems)}`,
    }
  }
  return {
    ok: true,
    document: {
      ...envelope.data,
      exportedAt: exportedAt.data,
      format: EXPORT_FORMAT,
      data: dated,
    },
    warnings: clamped > 0 ? [...check.warnings, futureDatesWarning(clamped)] : check.warnings,
  }
}
