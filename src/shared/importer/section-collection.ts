import type { RoleNames } from './role-mentions'
import type { SectionKey } from './section-headings'
import { splitKeyDescription, type KeyedText } from './key-description'
import { splitSentences } from './sentences'
import type { ImportWarning, ParsedListSectionKey } from './types'
import { parsedListSectionKeys } from './types'

/** One role's lists (or the shared ones), items not yet linked to entities. */
export type RoleLists = Record<ParsedListSectionKey, KeyedText[]>

/** An outlook sentence or item, kept with its role so figures can be read from it. */
export interface OutlookSentence {
  text: string
  roleIndex: 0 | 1 | null
  /** Sentences of one paragraph share a number; a figure may lean on its paragraph's source. */
  paragraph: number
}

/** The sections of an article's body, by role, before entity linking. */
export interface CollectedSections {
  definitions: [string[], string[]]
  roleLists: [RoleLists, RoleLists]
  shared: Partial<RoleLists>
  outlookSentences: OutlookSentence[]
  /** Whether the body reached its conclusion (a "Conclusion" heading or "In conclusion, …"). */
  concluded: boolean
  /** The section being read when the body ended. */
  lastSection: SectionKey | null
  warnings: ImportWarning[]
}

/** A paragraph or a bullet read under a heading, not yet filed. */
type Entry = { kind: 'paragraph'; text: string } | { kind: 'bullet'; item: KeyedText }

/** The run of entries under one heading: the section and role they belong to. */
export interface Block {
  section: SectionKey | null
  roleIndex: 0 | 1 | null
  entries: Entry[]
}

/** Where the last item went, so that an item cut off by the end of the text can be taken back. */
export type LastAdded =
  | {
      kind: 'item'
      list: KeyedText[]
      item: KeyedText
      fromSentence: boolean
      section: ParsedListSectionKey
      roleIndex: 0 | 1 | null
    }
  | { kind: 'definition'; roleIndex: 0 | 1 }

function emptyLists(): RoleLists {
  return Object.fromEntries(parsedListSectionKeys.map((key) => [key, []])) as unknown as RoleLists
}

/** Shortens a quoted item for a warning. */
export function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * The sections read so far, and the rules that file a finished block into them: which role a
 * definition is about, when prose counts as items, which outlook sentence is one role's.
 */
export class SectionCollection {
  readonly result: CollectedSections = {
    definitions: [[], []],
    roleLists: [emptyLists(), emptyLists()],
    shared: {},
    outlookSentences: [],
    concluded: false,
    lastSection: null,
    warnings: [],
  }
  lastAdded: LastAdded | null = null
  #paragraphCount = 0
  readonly #roles: RoleNames

  constructor(roles: RoleNames) {
    this.#roles = roles
  }

  #listFor(section: ParsedListSectionKey, roleIndex: 0 | 1 | null): KeyedText[] {
    return roleIndex === null
      ? (this.result.shared[section] ??= [])
      : this.result.roleLists[roleIndex][section]
  }

  /** Files a definition paragraph ("Role: definition" picks its own role). */
  addDefinition(text: string, roleIndex: 0 | 1 | null): void {
    const roles = this.#roles
    const keyed = splitKeyDescription(text)
    const keyRoles = keyed.key ? roles.rolesIn(keyed.key) : []
    let target = roleIndex
    let definition = text
    if (keyed.key && keyRoles.length === 1 && roles.without(keyed.key).trim() === '') {
      target = keyRoles[0] ?? null
      definition = keyed.text
    } else if (target === null) {
      const named = roles.rolesIn(text)
      target =
        named.find((index) => this.result.definitions[index].length === 0) ?? named[0] ?? null
    }
    // A paragraph naming neither role, outside a role's part, introduces the section.
    if (target === null) return
    this.result.definitions[target].push(definition)
    this.lastAdded = { kind: 'definition', roleIndex: target }
  }

  /** Files a finished block's entries; `next` is the block that follows, when one does. */
  fileBlock(block: Block, next?: { section: SectionKey | null; roleIndex: 0 | 1 | null }): void {
    const { section, roleIndex, entries } = block
    if (entries.length === 0 || section === 'definition') return
    if (section === null) {
      for (const entry of entries) {
        if (entry.kind !== 'bullet') continue
        this.result.warnings.push({
          code: 'unplaced-text',
          message: `An item outside any section was left out: “${clip(entry.item.text)}”.`,
        })
      }
      return
    }
    const bullets = entries.filter((entry) => entry.kind === 'bullet')
    // Prose under "Practical Tips" is tips for both only when no role's own tips follow it.
    const introducesRoles = next?.section === section && next.roleIndex !== null
    // Elsewhere a paragraph beside a list introduces it; an outlook is read sentence by sentence.
    const kept =
      section === 'outlook'
        ? entries
        : bullets.length > 0
          ? bullets
          : roleIndex !== null || (section === 'tips' && !introducesRoles)
            ? entries
            : []
    for (const entry of kept) {
      if (entry.kind === 'bullet') this.#addBullet(entry.item, section, roleIndex)
      else this.#addSentences(entry.text, section, roleIndex)
    }
  }

  #addBullet(item: KeyedText, section: ParsedListSectionKey, roleIndex: 0 | 1 | null): void {
    const list = this.#listFor(section, roleIndex)
    list.push(item)
    this.lastAdded = { kind: 'item', list, item, fromSentence: false, section, roleIndex }
    if (section === 'outlook') {
      const paragraph = this.#paragraphCount++
      this.result.outlookSentences.push({ text: item.text, roleIndex, paragraph })
    }
  }

  #addSentences(text: string, section: ParsedListSectionKey, roleIndex: 0 | 1 | null): void {
    const paragraph = this.#paragraphCount++
    for (const sentence of splitSentences(text)) {
      const item = { text: sentence }
      // A shared outlook sentence about one role only ("… a Data Manager earns …") is that role's.
      const named = section === 'outlook' && roleIndex === null ? this.#roles.rolesIn(sentence) : []
      const list = this.#listFor(section, named.length === 1 ? (named[0] ?? null) : roleIndex)
      list.push(item)
      this.lastAdded = { kind: 'item', list, item, fromSentence: true, section, roleIndex }
      if (section === 'outlook')
        this.result.outlookSentences.push({ text: sentence, roleIndex, paragraph })
    }
  }
}
