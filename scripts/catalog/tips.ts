import type { Role, RoleItem } from '../../src/shared/domain/role'
import type { SourceRef } from '../../src/shared/domain/source'
import { cites } from './occupation-role'
import { BLS_SOURCE_ID, ONET_SOURCE_ID } from './sources'

const list = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * Practical tips for an O*NET role, written from its data: what to learn first (hot and
 * in-demand tools, the top concrete skill), how people usually enter (education and job
 * zone), and the nearest neighbouring role. Each tip cites the facts it rests on, and a tip
 * whose facts are missing is left out rather than padded.
 */
export function occupationTips(
  role: Role,
  code: string,
  /** How the tips name the occupation: "this occupation", or the wider one for a market role. */
  occupation: string,
  neighbour: { name: string; code: string } | undefined,
  /** Everyday office software, which a learn-first tip skips. */
  ubiquitous: ReadonlySet<string>,
): RoleItem[] {
  const tips: RoleItem[] = []
  const flagged = role.sections.tools
    .filter((tool) => tool.hot && tool.inDemand && !ubiquitous.has(tool.text))
    .slice(0, 3)
  const topSkill = role.sections.skills.find(
    (item) => !item.generic && item.id.startsWith('skill-'),
  )
  if (flagged.length > 0) {
    const skill = topSkill
      ? ` Of its concrete skills, ${topSkill.text.replace(/ \(importance.*$/, '')} rates highest (importance ${(topSkill.importance ?? 0).toFixed(1)} of 5).`
      : ''
    tips.push({
      id: 'learn-first',
      text: `Learn ${list(flagged.map((tool) => tool.text))} first: O*NET marks ${flagged.length === 1 ? 'it' : 'them'} as hot technologies that employers in ${occupation} ask for most.${skill}`,
      entityIds: [...flagged.flatMap((tool) => tool.entityIds), ...(topSkill?.entityIds ?? [])],
      provenance: cites(
        ...flagged.flatMap((tool) => tool.provenance.sources ?? []),
        ...(topSkill?.provenance.sources ?? []),
      ),
    })
  }
  const education = role.profile?.education
  if (education?.typicalEntry || education?.jobZone) {
    const parts: string[] = []
    const sources: SourceRef[] = []
    if (education.typicalEntry) {
      parts.push(`BLS gives ${lowerFirst(education.typicalEntry)} as the typical entry level`)
      sources.push(
        ...(education.provenance.sources ?? []).filter((s) => s.sourceId === BLS_SOURCE_ID),
      )
    }
    const top = education.requiredLevels[0]
    if (top)
      parts.push(
        `${top.percent}% of the workers O*NET asked say the job requires ${lowerFirst(top.level)}`,
      )
    if (education.jobZone) {
      parts.push(
        `O*NET puts it in job zone ${education.jobZone.zone} of 5 (${education.jobZone.name.replace(/^Job Zone \w+: /, '').toLowerCase()})`,
      )
    }
    if (top || education.jobZone)
      sources.push(
        ...(education.provenance.sources ?? []).filter((s) => s.sourceId === ONET_SOURCE_ID),
      )
    tips.push({
      id: 'how-people-enter',
      text: `How people get in: ${parts.join('; ')}.`,
      entityIds: [],
      provenance: cites(...sources),
    })
  }
  if (neighbour) {
    tips.push({
      id: 'neighbouring-role',
      text: `Coming from ${neighbour.name}? O*NET lists it as the closest related occupation, so much of what you know there carries over.`,
      entityIds: [],
      provenance: cites({
        sourceId: ONET_SOURCE_ID,
        locator: `${code} related occupation ${neighbour.code}`,
      }),
    })
  }
  return tips
}
