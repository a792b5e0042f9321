import type { Role } from '../role'
import { sectionKeys, type SectionKey } from '../sections'
import type { RoleContribution } from './contribution'
import { unionOfFigures, unionOfItems, type ItemFate, type MergeCounts } from './merge-items'
import { runAll, type Steps } from './steps'
import { normaliseText } from './text-match'
import type { MergedListKey } from './types'

export type { MergedListKey }

/** Each incoming item's fate, by list, in the contribution's order. */
export type MergeFates = Record<MergedListKey, ItemFate[]>

/** A role after a merge, with how many of the contribution's items were new to it. */
export interface MergedRole extends MergeCounts {
  role: Role
  fates: MergeFates
}

/** How a merge treats what comes near: the user's choices and the article merged. */
export interface MergeOptions {
  /** Per list, the positions of incoming near matches the user keeps as items of their own. */
  keptApart?: Partial<Record<MergedListKey, ReadonlySet<number>>>
  /** The article the contribution comes from, when it is one. */
  articleId?: string
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
 * articles it came from, and a name the role does not go by yet becomes an alias. An item
 * that says the same as one the role has (in other words, or about the same entities) only
 * credits it; one that comes near credits it too unless the user keeps it apart. The role's
 * id, name, summary and origin stay as they are.
 */
export function mergeIntoRole(
  role: Role,
  contribution: RoleContribution,
  options: MergeOptions = {},
): MergedRole {
  return runAll(mergeSteps(role, contribution, options))
}

/** {@link mergeIntoRole} one item at a time, for main to run in slices. */
export function* mergeSteps(
  role: Role,
  contribution: RoleContribution,
  options: MergeOptions = {},
): Steps<MergedRole> {
  const counts: MergeCounts = { added: 0, duplicates: 0 }
  const fates: Partial<MergeFates> = {}
  function* union(
    key: MergedListKey,
    existing: Role['sections'][SectionKey],
    incoming: typeof existing,
  ): Steps<Role['sections'][SectionKey]> {
    const merged = yield* unionOfItems(
      existing,
      incoming,
      { keptApart: options.keptApart?.[key], articleId: options.articleId },
      counts,
    )
    fates[key] = merged.fates
    return merged.items
  }
  const sections: Partial<Role['sections']> = {}
  for (const key of sectionKeys) {
    sections[key] = yield* union(key, role.sections[key], contribution.sections[key])
  }
  const statements = yield* union(
    'outlook',
    role.outlook.statements,
    contribution.outlook.statements,
  )
  const merged: Role = {
    ...role,
    aliases: withAliases(role, [contribution.name, ...contribution.aliases]),
    sections: sections as Role['sections'],
    outlook: {
      statements,
      figures: unionOfFigures(role.outlook.figures, contribution.outlook.figures, counts),
    },
  }
  return { role: merged, fates: fates as MergeFates, ...counts }
}

/** A new imported role made from a contribution alone, under the given id and name, one item at a time. */
export function* newImportedRoleSteps(
  id: string,
  name: string,
  contribution: RoleContribution,
  articleTitle: string,
): Steps<MergedRole> {
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
  return yield* mergeSteps(empty, contribution)
}
