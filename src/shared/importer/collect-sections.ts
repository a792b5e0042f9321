import type { ArticleLayout, BodyLine } from './article-layout'
import { splitKeyDescription, type KeyedText } from './key-description'
import type { RoleNames } from './role-mentions'
import { sectionNamedIn, type SectionKey } from './section-headings'
import { sectionName } from './section-warnings'
import { endsMidSentence, endsWithTerminalPunctuation, splitSentences } from './sentences'
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

type Entry = { kind: 'paragraph'; text: string } | { kind: 'bullet'; item: KeyedText }

interface Block {
  section: SectionKey | null
  roleIndex: 0 | 1 | null
  entries: Entry[]
}

/** Where the last item went, so that an item cut off by the end of the text can be taken back. */
type LastAdded =
  | {
      kind: 'item'
      list: KeyedText[]
      item: KeyedText
      fromSentence: boolean
      section: ParsedListSectionKey
      roleIndex: 0 | 1 | null
    }
  | { kind: 'definition'; roleIndex: 0 | 1 }

const CONCLUSION_OPENING = /^(?:in conclusion|to conclude|in summary|to sum up)\b/i
/** A line that short is a label, never the wrapped first line of a paragraph. */
const MAX_LABEL_WORDS = 6

function emptyLists(): RoleLists {
  return Object.fromEntries(parsedListSectionKeys.map((key) => [key, []])) as unknown as RoleLists
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** Reads the body lines of an article into sections by role. */
export function collectSections(
  lines: readonly BodyLine[],
  roles: RoleNames,
  layout: ArticleLayout,
): CollectedSections {
  const result: CollectedSections = {
    definitions: [[], []],
    roleLists: [emptyLists(), emptyLists()],
    shared: {},
    outlookSentences: [],
    concluded: false,
    lastSection: null,
    warnings: [],
  }
  let started = false
  let block: Block = { section: null, roleIndex: null, entries: [] }
  let lastAdded: LastAdded | null = null
  let paragraphCount = 0
  // Grouped by role: the sections each role's part holds, to tell a shared tail section.
  const roleParts: { roleIndex: 0 | 1; sections: Set<SectionKey> }[] = []

  const listFor = (section: ParsedListSectionKey, roleIndex: 0 | 1 | null): KeyedText[] =>
    roleIndex === null ? (result.shared[section] ??= []) : result.roleLists[roleIndex][section]

  const addDefinition = (text: string, roleIndex: 0 | 1 | null): void => {
    const keyed = splitKeyDescription(text)
    const keyRoles = keyed.key ? roles.rolesIn(keyed.key) : []
    let target = roleIndex
    let definition = text
    if (keyed.key && keyRoles.length === 1 && roles.without(keyed.key).trim() === '') {
      target = keyRoles[0] ?? null
      definition = keyed.text
    } else if (target === null) {
      const named = roles.rolesIn(text)
      target = named.find((index) => result.definitions[index].length === 0) ?? named[0] ?? null
    }
    // A paragraph naming neither role, outside a role's part, introduces the section.
    if (target === null) return
    result.definitions[target].push(definition)
    lastAdded = { kind: 'definition', roleIndex: target }
  }

  /** Files the block's entries; `next` is the block that follows, when one does. */
  const finishBlock = (next?: { section: SectionKey | null; roleIndex: 0 | 1 | null }): void => {
    const { section, roleIndex, entries } = block
    block = { section, roleIndex, entries: [] }
    if (entries.length === 0 || section === 'definition') return
    if (section === null) {
      for (const entry of entries) {
        if (entry.kind !== 'bullet') continue
        result.warnings.push({
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
    const list = listFor(section, roleIndex)
    for (const entry of kept) {
      if (entry.kind === 'bullet') {
        list.push(entry.item)
        lastAdded = {
          kind: 'item',
          list,
          item: entry.item,
          fromSentence: false,
          section,
          roleIndex,
        }
        if (section === 'outlook') {
          result.outlookSentences.push({
            text: entry.item.text,
            roleIndex,
            paragraph: paragraphCount++,
          })
        }
        continue
      }
      const paragraph = paragraphCount++
      for (const sentence of splitSentences(entry.text)) {
        const item = { text: sentence }
        // A shared outlook sentence about one role only ("… a Data Manager earns …") is that role's.
        const named = section === 'outlook' && roleIndex === null ? roles.rolesIn(sentence) : []
        const sentenceList = named.length === 1 ? listFor(section, named[0] ?? null) : list
        sentenceList.push(item)
        lastAdded = {
          kind: 'item',
          list: sentenceList,
          item,
          fromSentence: true,
          section,
          roleIndex,
        }
        if (section === 'outlook')
          result.outlookSentences.push({ text: sentence, roleIndex, paragraph })
      }
    }
  }

  const startBlock = (section: SectionKey | null, roleIndex: 0 | 1 | null): void => {
    finishBlock({ section, roleIndex })
    block = { section, roleIndex, entries: [] }
  }

  const onHeading = (section: SectionKey | null, roleIndex: 0 | 1 | null): void => {
    started = true
    if (roleIndex !== null && section !== null) {
      roleParts.at(-1)?.sections.add(section)
      return startBlock(section, roleIndex)
    }
    if (roleIndex !== null) {
      if (layout === 'by-role') roleParts.push({ roleIndex, sections: new Set() })
      return startBlock(layout === 'by-role' ? null : block.section, roleIndex)
    }
    if (layout === 'by-section' || section === null) return startBlock(section, null)
    const part = roleParts.at(-1)
    const first = roleParts[0]
    const sharedTail =
      (section === 'outlook' || section === 'tips') &&
      roleParts.length >= 2 &&
      first !== undefined &&
      !first.sections.has(section)
    part?.sections.add(section)
    startBlock(section, sharedTail ? null : block.roleIndex)
  }

  const onParagraph = (text: string, introducesList: boolean): void => {
    if (!started) return
    if (CONCLUSION_OPENING.test(text)) {
      result.concluded = true
      return
    }
    if (introducesList) {
      const lastSentence = splitSentences(text).at(-1) ?? text
      const named = roles.rolesIn(lastSentence)
      const section = sectionNamedIn(lastSentence)
      if (named.length === 1) startBlock(section ?? block.section, named[0] ?? null)
      else if (block.section === null && section) startBlock(section, block.roleIndex)
      return
    }
    if (block.section === 'definition') addDefinition(text, block.roleIndex)
    else block.entries.push({ kind: 'paragraph', text })
  }

  const onBullet = (text: string): void => {
    if (!started || text === '') return
    if (block.section === 'definition') addDefinition(text, block.roleIndex)
    else block.entries.push({ kind: 'bullet', item: splitKeyDescription(text) })
  }

  let paragraph: string[] = []
  const nextKind = (from: number): BodyLine['kind'] | null => {
    for (let index = from; index < lines.length; index++) {
      const line = lines[index]
      if (line && line.kind !== 'blank') return line.heading ? 'text' : line.kind
    }
    return null
  }
  const flushParagraph = (index: number): void => {
    if (paragraph.length === 0) return
    const text = paragraph.join(' ')
    paragraph = []
    onParagraph(text, text.endsWith(':') || nextKind(index) === 'bullet')
  }

  for (let index = 0; index < lines.length && !result.concluded; index++) {
    const line = lines[index]
    if (!line) continue
    if (line.kind !== 'text' || line.heading) flushParagraph(index)
    if (line.kind === 'bullet') onBullet(line.text)
    else if (line.kind === 'text' && line.heading) {
      if (line.heading.section === 'conclusion') result.concluded = true
      else onHeading(line.heading.section, line.heading.roleIndex)
    } else if (line.kind === 'text') {
      const previous = paragraph.at(-1)
      const continues =
        previous !== undefined &&
        !/[.!?:]$/.test(previous) &&
        previous.split(' ').length > MAX_LABEL_WORDS
      if (!continues) flushParagraph(index)
      // A lower-case line right under a bullet is that bullet's wrapped tail.
      const under = lines[index - 1]
      const item = block.entries.at(-1)
      if (
        paragraph.length === 0 &&
        under?.kind === 'bullet' &&
        item?.kind === 'bullet' &&
        /^\p{Ll}/u.test(line.text)
      ) {
        item.item.text = `${item.item.text} ${line.text}`
        continue
      }
      paragraph.push(line.text)
    }
  }
  flushParagraph(lines.length)
  finishBlock()
  result.lastSection = block.section
  if (!result.concluded) takeBackCutItem(result, lastAdded, roles)
  return result
}

function takeBackCutItem(
  result: CollectedSections,
  last: LastAdded | null,
  roles: RoleNames,
): void {
  if (!last) return
  if (last.kind === 'definition') {
    const paragraphs = result.definitions[last.roleIndex]
    const text = paragraphs.at(-1) ?? ''
    if (endsWithTerminalPunctuation(text)) return
    const sentences = splitSentences(text)
    const cut = sentences.pop() ?? ''
    if (sentences.length > 0) paragraphs[paragraphs.length - 1] = sentences.join(' ')
    else paragraphs.pop()
    result.warnings.push({
      code: 'truncated',
      message: `The definition of ${roles.names[last.roleIndex]} stops mid-sentence; the unfinished sentence was left out: “${clip(cut)}”.`,
      roleName: roles.names[last.roleIndex],
      section: 'definition',
    })
    return
  }
  const { list, item, fromSentence, section, roleIndex } = last
  const others = list.filter((other) => other !== item)
  const othersPunctuated =
    others.length > 0 &&
    others.filter((other) => endsWithTerminalPunctuation(other.text)).length * 2 > others.length
  const cut =
    endsMidSentence(item.text) ||
    ((fromSentence || othersPunctuated) && !endsWithTerminalPunctuation(item.text))
  if (!cut) return
  list.splice(list.indexOf(item), 1)
  const roleName = roleIndex === null ? undefined : roles.names[roleIndex]
  const whose = roleName ? ` for ${roleName}` : ''
  result.warnings.push({
    code: 'truncated',
    message: `The last ${sectionName(section)} item${whose} stops mid-sentence and was left out: “${clip(item.text)}”.`,
    ...(roleName && { roleName }),
    section,
  })
}
