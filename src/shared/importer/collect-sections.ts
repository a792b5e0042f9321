import type { ArticleLayout, BodyLine } from './article-layout'
import { splitKeyDescription } from './key-description'
import type { RoleNames } from './role-mentions'
import {
  SectionCollection,
  type Block,
  type CollectedSections,
  type OutlookSentence,
  type RoleLists,
} from './section-collection'
import { sectionNamedIn, type Heading, type SectionKey } from './section-headings'
import { splitSentences } from './sentences'
import { takeBackCutItem } from './take-back-cut-item'

export type { CollectedSections, OutlookSentence, RoleLists }

const CONCLUSION_OPENING = /^(?:in conclusion|to conclude|in summary|to sum up)\b/i
/** A line that short is a label, never the wrapped first line of a paragraph. */
const MAX_LABEL_WORDS = 6

/**
 * Where the reader is: before the first heading (the introduction, skipped), inside the body,
 * or past the conclusion (nothing more is read).
 */
type ReaderState = 'introduction' | 'body' | 'concluded'

/**
 * Reads body lines one at a time. Each kind of line is one named step; a step changes the
 * state, the open block or the paragraph being gathered, and hands finished blocks to the
 * collection.
 */
class SectionReader {
  state: ReaderState = 'introduction'
  #block: Block = { section: null, roleIndex: null, entries: [] }
  /** Lines of the paragraph being gathered; a paragraph may wrap over several lines. */
  #paragraph: string[] = []
  /** In a by-role article, each role part and the sections it holds, to tell a shared tail. */
  readonly #roleParts: { roleIndex: 0 | 1; sections: Set<SectionKey> }[] = []
  readonly #collection: SectionCollection
  readonly lines: readonly BodyLine[]
  readonly roles: RoleNames
  readonly layout: ArticleLayout

  constructor(lines: readonly BodyLine[], roles: RoleNames, layout: ArticleLayout) {
    this.lines = lines
    this.roles = roles
    this.layout = layout
    this.#collection = new SectionCollection(roles)
  }

  /** Runs every line through its step, then files what is still open. */
  read(): CollectedSections {
    for (let index = 0; index < this.lines.length && this.state !== 'concluded'; index++) {
      const line = this.lines[index]
      if (!line) continue
      if (line.kind === 'blank') this.#endParagraph(index)
      else if (line.kind === 'bullet') this.#bullet(line.text, index)
      else if (line.heading) this.#heading(line.heading, index)
      else if (line.listHeading && this.layout === 'by-role') this.#heading(line.listHeading, index)
      else this.#textLine(line.text, index)
    }
    this.#endParagraph(this.lines.length)
    this.#collection.fileBlock(this.#block)
    const result = this.#collection.result
    result.concluded = this.state === 'concluded'
    result.lastSection = this.#block.section
    if (!result.concluded) takeBackCutItem(result, this.#collection.lastAdded, this.roles)
    return result
  }

  // --- Steps, one per kind of line ---------------------------------------------------------

  #bullet(text: string, index: number): void {
    this.#endParagraph(index)
    if (this.state !== 'body' || text === '') return
    if (this.#block.section === 'definition')
      this.#collection.addDefinition(text, this.#block.roleIndex)
    else this.#block.entries.push({ kind: 'bullet', item: splitKeyDescription(text) })
  }

  #heading(heading: Heading, index: number): void {
    this.#endParagraph(index)
    if (this.state === 'concluded') return
    if (heading.section === 'conclusion') {
      this.state = 'concluded'
      return
    }
    this.state = 'body'
    const { section, roleIndex } = heading
    if (roleIndex !== null && section !== null) return this.#roleSectionHeading(section, roleIndex)
    if (roleIndex !== null) return this.#roleHeading(roleIndex)
    this.#sectionHeading(section)
  }

  #textLine(text: string, index: number): void {
    const previous = this.#paragraph.at(-1)
    const continues =
      previous !== undefined &&
      !/[.!?:]$/.test(previous) &&
      previous.split(' ').length > MAX_LABEL_WORDS
    if (!continues) this.#endParagraph(index)
    if (this.state === 'concluded') return
    // A lower-case line right under a bullet is that bullet's wrapped tail.
    const under = this.lines[index - 1]
    const item = this.#block.entries.at(-1)
    if (
      this.#paragraph.length === 0 &&
      under?.kind === 'bullet' &&
      item?.kind === 'bullet' &&
      /^\p{Ll}/u.test(text)
    ) {
      item.item.text = `${item.item.text} ${text}`
      return
    }
    this.#paragraph.push(text)
  }

  /** Ends the paragraph being gathered, if any, and reads it. */
  #endParagraph(index: number): void {
    if (this.#paragraph.length === 0) return
    const text = this.#paragraph.join(' ')
    this.#paragraph = []
    if (this.state !== 'body') return
    if (CONCLUSION_OPENING.test(text)) {
      this.state = 'concluded'
      return
    }
    if (text.endsWith(':') || this.#nextKind(index) === 'bullet') this.#listIntroduction(text)
    else if (this.#block.section === 'definition')
      this.#collection.addDefinition(text, this.#block.roleIndex)
    else this.#block.entries.push({ kind: 'paragraph', text })
  }

  // --- What a heading or an introducing sentence opens -------------------------------------

  /** "Data Manager Skills": that role's section. */
  #roleSectionHeading(section: SectionKey, roleIndex: 0 | 1): void {
    this.#roleParts.at(-1)?.sections.add(section)
    this.#openBlock(section, roleIndex)
  }

  /** "Data Manager": a new role part (by role), or that role's share of the section (by section). */
  #roleHeading(roleIndex: 0 | 1): void {
    if (this.layout === 'by-role') {
      this.#roleParts.push({ roleIndex, sections: new Set() })
      return this.#openBlock(null, roleIndex)
    }
    this.#openBlock(this.#block.section, roleIndex)
  }

  /** "Required Skills": a section for both roles (by section), or the current part's (by role). */
  #sectionHeading(section: SectionKey | null): void {
    if (this.layout === 'by-section' || section === null) return this.#openBlock(section, null)
    const part = this.#roleParts.at(-1)
    const first = this.#roleParts[0]
    // Tips or an outlook after both parts, which the first part lacked, are for both roles.
    const sharedTail =
      (section === 'outlook' || section === 'tips') &&
      this.#roleParts.length >= 2 &&
      first !== undefined &&
      !first.sections.has(section)
    part?.sections.add(section)
    this.#openBlock(section, sharedTail ? null : this.#block.roleIndex)
  }

  /** "The responsibilities of a Data Manager include:" opens that role's list. */
  #listIntroduction(text: string): void {
    const lastSentence = splitSentences(text).at(-1) ?? text
    const named = this.roles.rolesIn(lastSentence)
    const section = sectionNamedIn(lastSentence)
    if (named.length === 1) this.#openBlock(section ?? this.#block.section, named[0] ?? null)
    else if (this.#block.section === null && section)
      this.#openBlock(section, this.#block.roleIndex)
  }

  #openBlock(section: SectionKey | null, roleIndex: 0 | 1 | null): void {
    this.#collection.fileBlock(this.#block, { section, roleIndex })
    this.#block = { section, roleIndex, entries: [] }
  }

  /** The kind of the next line that is not blank; a heading counts as text. */
  #nextKind(from: number): BodyLine['kind'] | null {
    for (let index = from; index < this.lines.length; index++) {
      const line = this.lines[index]
      if (line && line.kind !== 'blank') return line.heading ? 'text' : line.kind
    }
    return null
  }
}

/** Reads the body lines of an article into sections by role. */
export function collectSections(
  lines: readonly BodyLine[],
  roles: RoleNames,
  layout: ArticleLayout,
): CollectedSections {
  return new SectionReader(lines, roles, layout).read()
}
