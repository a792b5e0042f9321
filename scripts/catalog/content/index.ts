// The hand-written content of the catalog, which scripts/catalog/load-content.ts imports.
export { excluded, occupations } from './occupations'
export { articles, marketRoles } from './market-roles'
export { families } from './role-families'
