import type { Role } from '../role'
import type { ToolFlags } from './types'

/**
 * The O*NET technology flags of every entity the roles' items link, by entity id: an entity is
 * hot (or in demand) when any of the roles' items linking it says so, and hot and in demand
 * when one item says both. The flags belong to the occupation, so a tool a seed role names is
 * flagged when an O*NET or market role in the same comparison flags it; with no such role it
 * has none and ranks by how widely the roles share it. Entities no item flags are absent.
 */
export function toolFlags(roles: readonly Role[]): Map<string, ToolFlags> {
  const flags = new Map<string, ToolFlags>()
  for (const role of roles) {
    for (const item of role.sections.tools) {
      if (!item.hot && !item.inDemand) continue
      for (const id of item.entityIds) {
        const known = flags.get(id) ?? {}
        flags.set(id, {
          ...(known.hot || item.hot ? { hot: true } : {}),
          ...(known.inDemand || item.inDemand ? { inDemand: true } : {}),
          ...(known.hotAndInDemand || (item.hot && item.inDemand) ? { hotAndInDemand: true } : {}),
        })
      }
    }
  }
  return flags
}
