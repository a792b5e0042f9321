// Levels, sizes and thresholds, apart from the zod schemas so the renderer can use them
// without zod.

export const experienceLevels = ['EN', 'MI', 'SE', 'EX'] as const
export type ExperienceLevel = (typeof experienceLevels)[number]
export const experienceLabels: Record<ExperienceLevel, string> = {
  EN: 'Entry',
  MI: 'Mid',
  SE: 'Senior',
  EX: 'Executive',
}

export const companySizes = ['S', 'M', 'L'] as const
export type CompanySize = (typeof companySizes)[number]
export const companySizeLabels: Record<CompanySize, string> = {
  S: 'Small (under 50)',
  M: 'Medium (50–250)',
  L: 'Large (over 250)',
}

export const remoteRatios = [0, 50, 100] as const
export type RemoteRatio = (typeof remoteRatios)[number]
export const remoteLabels: Record<RemoteRatio, string> = {
  0: 'On site',
  50: 'Hybrid',
  100: 'Remote',
}

/** Below this many rows a figure is shown with a "too few to rely on" mark. */
export const RELIABLE_MIN = 10
/** Below this many rows no figure is shown at all, only the count. */
export const SHOWN_MIN = 3
