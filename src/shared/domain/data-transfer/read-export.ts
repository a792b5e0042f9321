import type { z } from 'zod'
import { checkData, type Library } from './check-data'
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
  envelope: ExportEnvelope,
  context: ReaderContext<Settings>,
): string | null {
  const by = `This file was exported by Role Atlas ${envelope.appVersion}`
  if (envelope.schemaVersion > context.schemaVersion) {
    return `${by} (data version ${envelope.schemaVersion}); this copy is ${context.appVersion} and reads up to data version ${context.schemaVersion}.`
  }
  if (envelope.version > EXPORT_FORMAT_VERSION) {
    return `${by} (export format ${envelope.version}); this copy is ${context.appVersion} and reads up to export format ${EXPORT_FORMAT_VERSION}.`
  }
  return null
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
  const envelope = ExportEnvelopeSchema.safeParse(parsed)
  if (!envelope.success) {
    return {
      ok: false,
      message: 'This Role Atlas export is damaged: it does not say which versions wrote it.',
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
  const data = exportDataSchema(context.settings).safeParse(envelope.data.data)
  if (!data.success) {
    const issues = data.error.issues.map(
      (issue) => `${['data', ...issue.path].join('.')}: ${issue.message}.`,
    )
    return {
      ok: false,
      message: `This Role Atlas export is damaged or was edited: ${listed(issues)}`,
    }
  }
  const check = checkData(data.data, context.library)
  if (check.problems.length > 0) {
    return {
      ok: false,
      message: `This Role Atlas export does not hold together: ${listed(check.problems)}`,
    }
  }
  return {
    ok: true,
    document: { ...envelope.data, format: EXPORT_FORMAT, data: data.data },
    warnings: check.warnings,
  }
}
