export { buildExport, exportToText, type ExportMeta } from './build-export'
export { checkData, type DataCheck, type Library } from './check-data'
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportDataSchema,
  FIRST_EXPORT_SCHEMA_VERSION,
  type ExportDocument,
  type UserData,
} from './export-document'
export { mergeLogs, recordsFromLog } from './merge-log'
export { planMerge, planReplace, type ImportPlan } from './plan-import'
export { readExport, type ReaderContext, type ReadExport } from './read-export'
export { sameRecord } from './same-record'
