import type { ExportFormat } from '../../../shared/ipc/contract'
import { safeFileStem } from '../../files/safe-file-stem'

/**
 * The name the save dialog suggests for an export, safe on every file system:
 * `AI Programmer vs Data Manager.md`, or `AI Programmer vs Data Manager entities.csv`.
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const stem = safeFileStem(title, 'Role comparison')
  return format === 'markdown' ? `${stem}.md` : `${stem} entities.csv`
}
