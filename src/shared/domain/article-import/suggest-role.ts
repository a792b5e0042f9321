import type { Role } from '../role'
import { normaliseText } from './text-match'

/** The role whose name or one of whose aliases is `name`, ignoring case and punctuation; null if none. */
export function suggestRole(name: string, roles: readonly Role[]): Role | null {
  const wanted = normaliseText(name)
  return (
    roles.find((role) => [role.name, ...role.aliases].some((n) => normaliseText(n) === wanted)) ??
    null
  )
}
