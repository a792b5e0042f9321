import { csvText } from '../csv'
import { escapeInline } from '../compare/markdown-text'
import { localDay } from './calendar'
import { planGroupOrder, planGroupTitles } from './groups'
import { proficiencyLabels } from './limits'
import { noteToMarkdown } from './note-to-markdown'
import type { ProgressStatus } from './types'
import type { PlanItemDetail, PlanDetail } from './views'

const statusWords: Record<ProgressStatus, string> = {
  todo: 'To do',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
}

/** "Level 3 (Practiced)", or nothing for an item without a level. */
function levelWords(item: PlanItemDetail): string | undefined {
  const { level } = item.state
  return level === null ? undefined : `level ${level} (${proficiencyLabels[level]})`
}

function markdownItem(item: PlanItemDetail): string {
  const box = item.state.status === 'done' ? '[x]' : '[ ]'
  const status = [statusWords[item.state.status], levelWords(item)].filter(Boolean).join(', ')
  const lines = [`- ${box} ${escapeInline(item.label)} — ${status}`]
  const notes = noteToMarkdown(item.state.notes)
  if (notes !== '') lines.push('', ...notes.split('\n').map((line) => `  ${line}`.trimEnd()), '')
  for (const link of item.state.links) {
    const label = escapeInline(link.label || link.url)
    lines.push(`  - [${label}](<${link.url.replaceAll('>', '%3E')}>)`)
  }
  return lines.join('\n')
}

/**
 * A plan as a Markdown document: title, what it serves and how far it is, then each group of
 * items as a task list with the status, level, notes and links of each item's progress record.
 * Labels and titles are escaped, so they read exactly as typed; notes keep the Markdown the
 * user wrote in them, made safe (see noteToMarkdown).
 */
export function planToMarkdown(plan: PlanDetail, exportedAt: Date): string {
  const { counts } = plan
  const sections = planGroupOrder.flatMap((group) => {
    const items = plan.items.filter((item) => item.group === group)
    if (items.length === 0) return []
    return [`## ${planGroupTitles[group]}\n\n${items.map(markdownItem).join('\n')}`]
  })
  return [
    `# ${escapeInline(plan.title)}`,
    `${escapeInline(plan.sourceLabel)}. ${counts.done} of ${counts.total - counts.skipped} done (${counts.percent}%), ${counts.learning} in progress, ${counts.skipped} skipped.`,
    ...(sections.length > 0 ? sections : ['_This plan has no items yet._']),
    `Exported from Role Atlas on ${localDay(exportedAt.toISOString())}.`,
  ]
    .join('\n\n')
    .concat('\n')
}

/**
 * A plan as CSV (RFC 4180, CRLF line ends): one row per item in the plan's order, with its
 * group, key, status, level, notes, links (one per line) and when its progress last changed.
 */
export function planToCsv(plan: PlanDetail): string {
  const header = ['Item', 'Group', 'Key', 'Status', 'Level', 'Notes', 'Links', 'Last changed']
  const rows = plan.items.map((item) => [
    item.label,
    planGroupTitles[item.group],
    item.key,
    statusWords[item.state.status],
    item.state.level === null ? '' : String(item.state.level),
    item.state.notes,
    item.state.links
      .map((link) => (link.label ? `${link.label} ${link.url}` : link.url))
      .join('\n'),
    item.updatedAt ?? '',
  ])
  return csvText([header, ...rows])
}
