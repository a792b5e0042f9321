import type { FitNeed } from '@shared/domain/fit/types'
import { proficiencyLabels } from '@shared/domain/progress/limits'

/** Where the user stands on a need, in words: "not rated" is not the same as "None" (0). */
export function needLevelText(need: Pick<FitNeed, 'level' | 'rated'>): string {
  return need.rated ? (proficiencyLabels[need.level] ?? String(need.level)) : 'not rated'
}
