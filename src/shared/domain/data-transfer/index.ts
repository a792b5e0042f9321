export { buildExport, exportToText } from './build-export'
export type { UserData } from './export-document'
export { mergeOutcome, replaceOutcome, replaceChanges } from './import-outcome'
export { readExport } from './read-export'
