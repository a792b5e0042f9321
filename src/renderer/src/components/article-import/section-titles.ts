import type { ParsedListSectionKey } from '@shared/importer/types'
import { sectionTitles } from '@shared/domain/sections'

/** How the preview heads each section the parser reads. */
export const parsedSectionTitles: Record<ParsedListSectionKey, string> = {
  ...sectionTitles,
  outlook: 'Outlook',
}
