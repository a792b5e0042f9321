import type { FitNeed } from '@shared/domain/fit/types'

/** A need as the fit service sends it; rated at `level` unless told otherwise. */
export function need(name: string, level: number, extra: Partial<FitNeed> = {}): FitNeed {
  const entityId = name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')
  return {
    entityId,
    name,
    kind: 'language',
    as: 'skill',
    key: `skill:${entityId}`,
    level,
    rated: true,
    gain: 0,
    ...extra,
  }
}
