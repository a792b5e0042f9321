import { describe, expect, it, vi } from 'vitest'
import {
  SkillsScreen,
  type SkillsScreenDeps,
} from '../../../../src/renderer/src/components/skills/skills-screen.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { SkillEntry } from '@shared/domain/fit/types'
import type { ProgressKey } from '@shared/domain/progress/types'

function skill(
  entityId: string,
  name: string,
  kind: SkillEntry['kind'],
  extra: Partial<SkillEntry> = {},
): SkillEntry {
  return {
    entityId,
    name,
    kind,
    aliases: [],
    key: `skill:${entityId}` as ProgressKey,
    roleCount: 2,
    level: null,
    ...extra,
  }
}

const all = [
  skill('communication', 'Communication', 'soft-skill', { level: 0 }),
  skill('python', 'Python', 'language', { level: 3 }),
  skill('scikit-learn', 'scikit-learn', 'framework', { aliases: ['sklearn'] }),
  skill('pandas', 'pandas', 'framework'),
]

/** A SkillsScreen over fake calls, searching for whatever `search.text` holds. */
function screenWith(set: () => Promise<unknown> = () => Promise.resolve(undefined)) {
  const search = $state({ text: '' })
  const list = vi.fn(() => Promise.resolve(all))
  const progress = { set: vi.fn(set) }
  const toasts = { show: vi.fn() }
  const screen = new SkillsScreen(() => search.text, {
    client: { skills: { list }, progress },
    toasts,
  } as unknown as SkillsScreenDeps)
  return { screen, search, list, progress, toasts }
}

describe('SkillsScreen', () => {
  it('groups the skills by kind, languages first and soft skills last', async () => {
    const { screen } = screenWith()
    await screen.load()
    expect(screen.groups.map((group) => group.kind)).toEqual([
      'language',
      'framework',
      'soft-skill',
    ])
    expect(screen.groups[1]?.skills.map((entry) => entry.name)).toEqual(['scikit-learn', 'pandas'])
  })

  it('finds a skill by an alias, whatever its case', async () => {
    const { screen, search } = screenWith()
    await screen.load()
    search.text = 'SKLearn'
    expect(screen.groups).toEqual([{ kind: 'framework', skills: [all[2]] }])
  })

  it('leaves every kind out when nothing matches', async () => {
    const { screen, search } = screenWith()
    search.text = 'cobol'
    await screen.load()
    expect(screen.groups).toEqual([])
  })

  it('counts a rating of "none" as rated, and an unrated skill as not', async () => {
    const { screen } = screenWith()
    await screen.load()
    expect(screen.rated).toBe(2)
  })

  it('saves a rating and fetches the list again', async () => {
    const { screen, progress, list } = screenWith()
    await screen.load()
    await screen.rate(all[3] as SkillEntry, 2)
    expect(progress.set).toHaveBeenCalledWith({ key: 'skill:pandas', level: 2 })
    expect(list).toHaveBeenCalledTimes(2)
  })

  it('says why a rating was refused, and shows the levels main holds', async () => {
    const { screen, toasts, list } = screenWith(() =>
      Promise.reject(new ApiError('invalid-input', 'A level runs from 0 to 4.')),
    )
    await screen.rate(all[1] as SkillEntry, 9)
    expect(toasts.show).toHaveBeenCalledWith('A level runs from 0 to 4.')
    expect(list).toHaveBeenCalledOnce()
    expect(screen.skills.value).toEqual(all)
  })
})
