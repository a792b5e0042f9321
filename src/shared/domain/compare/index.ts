export { compareRoles } from './compare-roles'
export { entityMatrixToCsv } from './export-csv'
export { comparisonToMarkdown } from './export-markdown'
export { transitionBetween } from './transition'
