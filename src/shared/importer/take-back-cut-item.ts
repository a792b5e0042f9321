import type { RoleNames } from './role-mentions'
import { clip, type CollectedSections, type LastAdded } from './section-collection'
import { sectionName } from './section-warnings'
import { endsMidSentence, endsWithTerminalPunctuation, splitSentences } from './sentences'

/**
 * When the text ends without its conclusion, the last item or definition sentence may have
 * been cut off mid-sentence: takes it back out, with a warning quoting it.
 */
export function takeBackCutItem(
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
