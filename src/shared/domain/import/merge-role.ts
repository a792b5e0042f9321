import type { OutlookFigure, Provenance, Role, RoleItem } from '../role'
import { sectionKeys } from '../sections'
import type { RoleContribution } from './contribution'
import { uniqueId } from './slug'
import { isNearDuplicate, normaliseText, type MatchableItem } from './text-match'

/** A role after a merge, with how many of the contribution's items were new to it. */
export interface MergedRole {
  role: Role
  added: number
  duplicates: number
}

// "Key: description" items keep their key in the text; the key alone can identify them.
const KEYED = /^([^:]{1,60}):\s+(\S.*)$/s

function matchable(item: RoleItem): MatchableItem {
  const keyed = KEYED.exec(item.text)
  return keyed ? { key: keyed[1], text: keyed[2] ?? item.text } : { text: item.text }
}

function sameItem(a: RoleItem, b: RoleItem): boolean {
  return isNearDuplicate(matchable(a), matchable(b)) || isNearDuplicate(a, b)
}

function sameFigure(a: OutlookFigure, b: OutlookFigure): boolean {
  return (
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.value === b.value &&
    normaliseText(a.period) === normaliseText(b.period) &&
    normaliseText(a.source) === normaliseText(b.source)
  )
}

function citingBoth(existing: Provenance, incoming: Provenance): Provenance {
  return {
    origin: existing.origin,
    articleIds: [...new Set([...existing.articleIds, ...incoming.articleIds])],
  }
}

interface Counts {
  added: number
  duplicates: number
}

/**
 * The union of two lists of items: an incoming item that repeats an existing one (or one
 * added before it) only adds its articles to that item's provenance; a new one is appended
 * with an id unique in the list.
 */
function union<T extends { id: string; provenance: Provenance }>(
  existing: readonly T[],
  incoming: readonly T[],
  same: (a: T, b: T) => boolean,
  counts: Counts,
): T[] {
  const result = [...existing]
  const taken = new Set(existing.map((item) => item.id))
  for (const item of incoming) {
    const index = result.findIndex((candidate) => same(candidate, item))
    const match = result[index]
    if (match) {
      result[index] = { ...match, provenance: citingBoth(match.provenance, item.provenance) }
      counts.duplicates += 1
    } else {
      const id = uniqueId(item.id, taken)
      taken.add(id)
      result.push({ ...item, id })
      counts.added += 1
    }
  }
  return result
}

function withAliases(role: Role, names: readonly string[]): string[] {
  const known = new Set([role.name, ...role.aliases].map(normaliseText))
  const aliases = [...role.aliases]
  for (const name of names) {
    if (known.has(normaliseText(name))) continue
    known.add(normaliseText(name))
    aliases.push(name)
  }
  return aliases
}

/**
 * Merges a contribution into a role as a union: nothing is doubled, every item keeps the
 * articles it came from, and a name the role does not go by yet becomes an alias. The role's
 * id, name, summary and origin stay as they are.
 */
export function mergeIntoRole(role: Role, contribution: RoleContribution): MergedRole {
  const counts: Counts = { added: 0, duplicates: 0 }
  const sections = Object.fromEntries(
    sectionKeys.map((key) => [
      key,
      union(role.sections[key], contribution.sections[key], sameItem, counts),
    ]),
  ) as Role['sections']
  const merged: Role = {
    ...role,
    aliases: withAliases(role, [contribution.name, ...contribution.aliases]),
    sections,
    outlook: {
      statements: union(role.outlook.statements, contribution.outlook.statements, sameItem, counts),
      figures: union(role.outlook.figures, contribution.outlook.figures, sameFigure, counts),
    },
  }
  return { role: merged, ...counts }
}

/** A new imported role made from a contribution alone, under the given id and name. */
export function newImportedRole(
  id: string,
  name: string,
  contribution: RoleContribution,
  articleTitle: string,
): MergedRole {
  const empty: Role = {
    id,
    name,
    aliases: [],
    // The library shows a summary for every role; an article without a definition still says where the role came from.
    summary: contribution.summary ?? `${name}, as described in “${articleTitle}”.`,
    origin: 'imported',
    sections: {
      responsibilities: [],
      skills: [],
      education: [],
      tools: [],
      industries: [],
      tips: [],
    },
    outlook: { statements: [], figures: [] },
  }
  return mergeIntoRole(empty, contribution)
}
