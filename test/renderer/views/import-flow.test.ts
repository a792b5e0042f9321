import { describe, expect, it } from 'vitest'
import type { ImportDecision, RoleMergePreview } from '@shared/domain/article-import/types'
import { ImportFlow, type ImportClient } from '../../../src/renderer/src/views/import-flow.svelte'
import { ApiError } from '../../../src/renderer/src/lib/api'
import { importPreview } from '../import-fixture'

const aiProgrammerMerge: RoleMergePreview = {
  roleId: 'ai-programmer',
  fates: {
    responsibilities: [],
    skills: [{ verdict: 'new' }],
    education: [],
    tools: [{ verdict: 'new' }],
    industries: [],
    outlook: [],
    tips: [{ verdict: 'new' }],
  },
  added: 3,
  already: 0,
  near: 0,
}

function setUp(overrides: Partial<ImportClient> = {}) {
  const calls = {
    saved: [] as { roles: [ImportDecision, ImportDecision]; updateEarlier?: boolean }[],
    mergePreviews: [] as string[],
    notes: [] as string[],
  }
  const client: ImportClient = {
    preview: async () => structuredClone(importPreview),
    openFile: async () => ({ opened: false }),
    mergePreview: async ({ roleId }) => {
      calls.mergePreviews.push(roleId)
      return { ...aiProgrammerMerge, roleId }
    },
    save: async (input) => {
      calls.saved.push(input)
      return { articleId: 'a', roles: [], undoId: 'u1' } as never
    },
    undo: async () => {},
    ...overrides,
  }
  const flow = new ImportFlow(client, (note) => calls.notes.push(note))
  flow.text = 'Data Manager vs. Insight Engineer …'
  return { flow, calls }
}

describe('ImportFlow', () => {
  it('starts from the suggested roles with the merge main worked out for them', async () => {
    const { flow } = setUp()
    expect(await flow.showPreview()).toBe(true)
    expect(flow.decisions.map((decision) => decision.action)).toEqual(['merge', 'new'])
    expect(flow.mergeShown(0)?.near).toBe(1)
    expect(flow.mergeShown(1)).toBeNull()
  })

  it('asks what a merge into another role would do, once per role chosen', async () => {
    const { flow, calls } = setUp()
    await flow.showPreview()
    flow.decisions[0].roleId = 'ai-programmer'
    await flow.followDecision(0)
    await flow.followDecision(0)
    expect(calls.mergePreviews).toEqual(['ai-programmer'])
    expect(flow.mergeShown(0)?.added).toBe(3)
  })

  it('shows why a merge cannot be worked out', async () => {
    const { flow } = setUp({
      mergePreview: async () => {
        throw new ApiError('not-found', 'That role is no longer in the library.')
      },
    })
    await flow.showPreview()
    flow.decisions[1] = { action: 'merge', name: 'Insight Engineer', roleId: 'gone' }
    await flow.followDecision(1)
    expect(flow.merges[1]?.error).toBe('That role is no longer in the library.')
    expect(flow.mergeShown(1)).toBeNull()
  })

  it('sends the near matches kept apart with the merge, and only those', async () => {
    const { flow, calls } = setUp()
    await flow.showPreview()
    flow.setKeptApart(0, 'tools', 0, true)
    flow.setKeptApart(0, 'skills', 0, true)
    flow.setKeptApart(0, 'skills', 0, false)
    expect(flow.isKeptApart(0, 'tools', 0)).toBe(true)
    expect(await flow.confirm()).toBe(true)
    expect(calls.saved[0]?.roles).toEqual([
      { action: 'merge', roleId: 'data-manager', keepApart: { tools: [0] } },
      { action: 'new', name: 'Insight Engineer' },
    ])
    expect(flow.preview).toBeNull()
    expect(flow.text).toBe('')
  })

  it('forgets near matches kept apart when the role to merge into changes', async () => {
    const { flow, calls } = setUp()
    await flow.showPreview()
    flow.setKeptApart(0, 'tools', 0, true)
    flow.decisions[0].roleId = 'ai-programmer'
    await flow.followDecision(0)
    await flow.confirm()
    expect(calls.saved[0]?.roles[0]).toEqual({ action: 'merge', roleId: 'ai-programmer' })
  })

  it('saves over the earlier import of the same article unless told not to', async () => {
    const { flow, calls } = setUp({
      preview: async () => ({
        ...structuredClone(importPreview),
        earlier: {
          articleId: 'data-manager-vs-insight-engineer',
          title: importPreview.article.title,
          builtIn: false,
          importedAt: '2026-12-03T09:30:00.000Z',
          sameText: true,
          roleIds: ['data-manager', null],
        },
      }),
    })
    await flow.showPreview()
    flow.updateEarlier = false
    await flow.confirm()
    expect(calls.saved[0]?.updateEarlier).toBe(false)
  })

  it('says what is missing instead of saving', async () => {
    const { flow, calls } = setUp()
    await flow.showPreview()
    flow.decisions[1].name = '  '
    expect(await flow.confirm()).toBe(false)
    expect(flow.saveError).toBe('Give the new role a name.')
    expect(calls.saved).toEqual([])
  })
})
