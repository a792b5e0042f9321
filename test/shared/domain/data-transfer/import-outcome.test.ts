import { describe, expect, it } from 'vitest'
import { mergeOutcome, replaceOutcome, type UserData } from '@shared/domain/data-transfer'
import { event } from '../progress/progress-fixtures'
import {
  article,
  builtInRoles,
  plan,
  comparison,
  emptyData,
  ownRole,
  type Settings,
} from './data-fixtures'

const pair = ['data-manager', 'ai-programmer']

/** A profile here: the built-in roles and `fields`. */
function withData(fields: Partial<UserData<Settings>>): UserData<Settings> {
  return { ...emptyData(), ...fields }
}

/** An export's data: no built-in roles, and `fields`. */
function fileWith(fields: Partial<UserData<Settings>>): UserData<Settings> {
  return { ...emptyData(), roles: [], ...fields }
}

describe('mergeOutcome', () => {
  it('adds what is only in the file and keeps what is only here', () => {
    const here = withData({ comparisons: [comparison('mine', pair)], articles: [article('a1')] })
    const file = fileWith({
      roles: [ownRole('analytics-translator')],
      comparisons: [comparison('theirs', pair)],
    })
    const { next, changes } = mergeOutcome(here, file)
    expect(next.comparisons.map((c) => c.id)).toEqual(['mine', 'theirs'])
    expect(next.articles.map((a) => a.id)).toEqual(['a1'])
    expect(next.roles.map((r) => r.id)).toEqual([
      ...builtInRoles.map((r) => r.id),
      'analytics-translator',
    ])
    expect(changes.comparisons).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      removed: 0,
    })
  })

  it('lets the copy changed last win a conflict, a deletion counting as a change', () => {
    const older = { updatedAt: '2026-01-01T00:00:00.000Z' }
    const newer = { updatedAt: '2026-02-01T00:00:00.000Z' }
    const here = withData({
      comparisons: [
        comparison('c1', pair, { ...older, notes: 'mine' }),
        comparison('c2', pair, { ...newer, notes: 'mine' }),
        comparison('c3', pair, { ...older, deletedAt: '2026-03-01T00:00:00.000Z' }),
      ],
    })
    const file = fileWith({
      comparisons: [
        comparison('c1', pair, { ...newer, notes: 'theirs' }),
        comparison('c2', pair, { ...older, notes: 'theirs' }),
        comparison('c3', pair, { ...newer, notes: 'theirs' }),
      ],
    })
    const { next, changes, conflicts } = mergeOutcome(here, file)
    expect(next.comparisons.map((c) => [c.id, c.notes, c.deletedAt !== undefined])).toEqual([
      ['c1', 'theirs', false],
      ['c2', 'mine', false],
      ['c3', '', true],
    ])
    expect(changes.comparisons).toMatchObject({ updated: 1, unchanged: 2, conflicts: 3 })
    expect(conflicts.map((c) => [c.label, c.kept])).toEqual([
      ['Comparison c1', 'file'],
      ['Comparison c2', 'yours'],
      ['Comparison c3', 'yours'],
    ])
  })

  it('keeps your copy of an undated record, and lets an own role take a built-in id', () => {
    const here = withData({
      roles: [...builtInRoles, ownRole('analytics-translator', 'Mine')],
      articles: [article('a1')],
    })
    const file = fileWith({
      roles: [ownRole('analytics-translator', 'Theirs'), ownRole('data-manager', 'My DM')],
      articles: [{ ...article('a1'), title: 'Renamed' }],
    })
    const { next, conflicts } = mergeOutcome(here, file)
    expect(next.roles.map((r) => r.name)).toEqual(['AI Programmer', 'Mine', 'My DM'])
    expect(next.articles[0]?.title).toBe('Article a1')
    expect(conflicts).toEqual([
      {
        kind: 'roles',
        label: 'My DM',
        kept: 'file',
        reason: 'your own roles take their id over a built-in role’s',
      },
      {
        kind: 'roles',
        label: 'Mine',
        kept: 'yours',
        reason: 'neither copy is dated, so yours is kept',
      },
      {
        kind: 'articles',
        label: 'Article a1',
        kept: 'yours',
        reason: 'neither copy is dated, so yours is kept',
      },
    ])
  })

  it('joins the activity logs by time and replays progress, the latest change winning', () => {
    const at = (day: number): { at: string } => ({ at: `2026-01-0${day}T00:00:00.000Z` })
    const shared = event('e1', 'skill:python', {}, { status: 'learning' }, at(1))
    const mine = event('e2', 'skill:python', { status: 'learning' }, { status: 'done' }, at(3))
    const theirs = event('e3', 'skill:python', { status: 'learning' }, { status: 'skipped' }, at(2))
    const tip = event('e4', 'tip:network', {}, { status: 'done' }, at(4))
    const record = (e: typeof shared) => ({ ...e.after, key: e.key, updatedAt: e.at })
    const here = withData({ activity: [shared, mine], progress: [record(mine)] })
    const file = fileWith({
      activity: [shared, theirs, tip],
      progress: [record(theirs), record(tip)],
    })

    const { next, changes, conflicts } = mergeOutcome(here, file)

    expect(next.activity.map((e) => e.id)).toEqual(['e1', 'e3', 'e2', 'e4'])
    expect(next.progress).toEqual([record(mine), record(tip)])
    expect(changes.activity).toMatchObject({ added: 2, unchanged: 1 })
    expect(changes.progress).toMatchObject({ added: 1, unchanged: 1, conflicts: 1 })
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'progress', label: 'skill:python', kept: 'yours' }),
    ])
  })

  it('keeps your settings and fills in those you lack', () => {
    const bounds = { x: 1, y: 2, width: 800, height: 600, maximized: false }
    expect(
      mergeOutcome(emptyData(), fileWith({ settings: { windowBounds: bounds } })).next.settings,
    ).toEqual({
      windowBounds: bounds,
    })
    const mine = { ...bounds, x: 50 }
    expect(
      mergeOutcome(
        withData({ settings: { windowBounds: mine } }),
        withData({ settings: { windowBounds: bounds } }),
      ).next.settings,
    ).toEqual({ windowBounds: mine })
  })
})

describe('replaceOutcome', () => {
  it('takes the file’s data, keeps the built-in roles and counts what goes', () => {
    const here = withData({
      roles: [...builtInRoles, ownRole('analytics-translator')],
      comparisons: [comparison('c1', pair), comparison('gone', pair)],
      plans: [plan('deleted', { deletedAt: '2026-01-01T00:00:00.000Z' })],
    })
    const file = fileWith({
      roles: [ownRole('prompt-engineer')],
      comparisons: [comparison('c1', pair, { notes: 'changed' }), comparison('new', pair)],
    })
    const { next, changes } = replaceOutcome(here, file)
    expect(next.roles.map((r) => r.id)).toEqual([
      'data-manager',
      'ai-programmer',
      'prompt-engineer',
    ])
    expect(next.comparisons.map((c) => c.id)).toEqual(['c1', 'new'])
    expect(next.plans).toEqual([])
    expect(changes.roles).toMatchObject({ added: 1, removed: 1 })
    expect(changes.comparisons).toEqual({
      added: 1,
      updated: 1,
      unchanged: 0,
      conflicts: 0,
      removed: 1,
    })
    expect(changes.plans.removed).toBe(0)
  })
})
