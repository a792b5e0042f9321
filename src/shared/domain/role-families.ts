import type { Role } from './role'

/** The families the library groups roles into, in the order it shows them. */
export const roleFamilies = [
  { id: 'data-science', name: 'Data science and analytics' },
  { id: 'ml-ai', name: 'ML and AI' },
  { id: 'data-engineering', name: 'Data engineering and management' },
  { id: 'software', name: 'Software' },
  { id: 'security', name: 'Security' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'management', name: 'Management' },
  { id: 'your-roles', name: 'Your roles' },
  { id: 'other', name: 'Other roles' },
] as const

export type RoleFamilyId = (typeof roleFamilies)[number]['id']

/**
 * The families `catalog:build` files a built-in role under (from its reviewed table,
 * scripts/catalog/content/role-families.ts): every family but "Your roles", which holds the
 * user's own roles, and "Other roles", the place of a built-in role stored without one. A
 * plain list, not a zod schema: the renderer reads this file for the labels, and zod stays out
 * of its bundle (RoleSchema checks the field with it).
 */
export const catalogFamilyIds = [
  'data-science',
  'ml-ai',
  'data-engineering',
  'software',
  'security',
  'infrastructure',
  'management',
] as const satisfies readonly RoleFamilyId[]
export type CatalogFamilyId = (typeof catalogFamilyIds)[number]

/**
 * The family a role is listed under: the one the catalog gives a built-in role, or "Your
 * roles" for roles the user added or imported. A built-in role without one (stored by an older
 * catalog, until the newer one merges in on start) lands in "Other roles".
 */
export function familyOf(role: Pick<Role, 'origin' | 'family'>): RoleFamilyId {
  if (role.origin !== 'builtin') return 'your-roles'
  return role.family ?? 'other'
}
