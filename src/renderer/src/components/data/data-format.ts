import { countPhrase, dataKinds, type DataCounts } from '@shared/domain/data-transfer/counts'
import type { DataChanges } from '@shared/domain/data-transfer/types'

/** "12 KB", "3.4 MB": a file size as a file manager shows it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** "2 plans, 14 progress records", the kinds with none left out; "nothing yet" when empty. */
export function countsSummary(counts: DataCounts): string {
  const parts = dataKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => countPhrase(kind, counts[kind]))
  return parts.length > 0 ? parts.join(', ') : 'nothing yet'
}

/** "3 added, 1 updated" over every kind, for the message after an import. */
export function changesSummary(changes: DataChanges): string {
  const total = { added: 0, updated: 0, removed: 0 }
  for (const kind of dataKinds) {
    total.added += changes[kind].added
    total.updated += changes[kind].updated
    total.removed += changes[kind].removed
  }
  const parts = [
    `${total.added.toLocaleString('en')} added`,
    `${total.updated.toLocaleString('en')} updated`,
    ...(total.removed > 0 ? [`${total.removed.toLocaleString('en')} removed`] : []),
  ]
  return parts.join(', ')
}
