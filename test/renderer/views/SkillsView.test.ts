import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import SkillsView from '../../../src/renderer/src/views/SkillsView.svelte'
import type { SkillEntry } from '@shared/domain/fit/types'
import type { ProgressKey } from '@shared/domain/progress/types'
import { installFakeApi } from '../fake-api'

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

const skills = [
  skill('python', 'Python', 'language', { roleCount: 5 }),
  skill('scikit-learn', 'scikit-learn', 'framework', { aliases: ['sklearn'] }),
  skill('communication', 'Communication', 'soft-skill', { roleCount: 7, level: 3 }),
]

describe('SkillsView', () => {
  it('groups skills by kind with how many roles need each', async () => {
    installFakeApi({ 'skills:list': () => skills })
    render(SkillsView, { text: '', ontextchange: vi.fn() })
    const languages = await screen.findByRole('region', { name: /Languages/ })
    expect(languages).toHaveTextContent('Python')
    expect(languages).toHaveTextContent('needed by 5 roles')
    expect(screen.getByRole('region', { name: /Soft skills/ })).toHaveTextContent('Communication')
    expect(screen.getByText(/1 of 3 rated/)).toBeInTheDocument()
  })

  it('finds a skill by an alias', async () => {
    installFakeApi({ 'skills:list': () => skills })
    render(SkillsView, { text: 'sklearn', ontextchange: vi.fn() })
    await screen.findByRole('radiogroup', { name: 'Your level in scikit-learn' })
    expect(screen.queryByRole('radiogroup', { name: 'Your level in Python' })).toBeNull()
  })

  it('writes a rating to the shared progress record for that skill', async () => {
    const calls: unknown[] = []
    installFakeApi({
      'skills:list': () => skills,
      'progress:set': (input) => {
        calls.push(input)
        return {
          value: {
            key: 'skill:python',
            status: 'todo',
            level: 2,
            notes: '',
            links: [],
            updatedAt: '2026-11-23T10:00:00.000Z',
          },
          batchId: 'b1',
        }
      },
    })
    render(SkillsView, { text: '', ontextchange: vi.fn() })
    const rating = await screen.findByRole('radiogroup', { name: 'Your level in Python' })
    await userEvent.click(within(rating).getByRole('radio', { name: 'Learning' }))
    expect(calls).toEqual([{ key: 'skill:python', level: 2 }])
  })
})
