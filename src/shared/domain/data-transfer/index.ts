export { buildExport, exportToText } from './build-export'
export type { UserData } from './export-document'
export { planMerge, planReplace, replaceChanges } from './plan-import'
export { readExport } from './read-export'
