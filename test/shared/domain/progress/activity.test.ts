import { describe, expect, it } from 'vitest'
import { describeEvent } from '@shared/domain/progress/activity'
import type { ActivityEvent, ProgressState } from '@shared/domain/progress/types'
import { event } from './progress-fixtures'

const docs = { url: 'https://docs.example', label: 'Docs' }
const course = { url: 'https://course.example', label: '' }
const describeChange = (
  before: Partial<ProgressState>,
  after: Partial<ProgressState>,
  cause: ActivityEvent['cause'] = 'edit',
): string => describeEvent(event('e1', 'skill:python', before, after, { cause }))

describe('describeEvent', () => {
  it('names a status change', () => {
    expect(describeChange({}, { status: 'done' })).toBe('Marked done')
    expect(describeChange({}, { status: 'learning' })).toBe('Started learning')
    expect(describeChange({ status: 'learning' }, { status: 'skipped' })).toBe('Skipped')
    expect(describeChange({ status: 'done' }, { status: 'todo' })).toBe('Back to to do')
    expect(describeChange({ status: 'done' }, { status: 'todo' }, 'reset')).toBe('Reset to to do')
  })

  it('names a level change', () => {
    expect(describeChange({}, { level: 3 })).toBe('Level set to 3')
    expect(describeChange({ level: 2 }, { level: 3 })).toBe('Level 2 → 3')
    expect(describeChange({ level: 2 }, { level: null })).toBe('Level cleared')
  })

  it('names a change to notes or links', () => {
    expect(describeChange({}, { notes: 'Chapter 1' })).toBe('Notes changed')
    expect(describeChange({ notes: 'a' }, { notes: '' })).toBe('Notes changed')
    expect(describeChange({}, { links: [docs] })).toBe('Link added')
    expect(describeChange({ links: [docs] }, { links: [course, docs] })).toBe('Link added')
    expect(describeChange({ links: [docs, course] }, { links: [docs] })).toBe('Links changed')
    expect(describeChange({ links: [docs] }, { links: [{ ...docs, label: 'x' }] })).toBe(
      'Links changed',
    )
  })

  it('puts the status first when one event changes several fields', () => {
    expect(
      describeChange({ level: 2 }, { status: 'done', level: 3, notes: 'Passed', links: [docs] }),
    ).toBe('Marked done, level 2 → 3, notes changed, link added')
    expect(describeChange({ status: 'done', level: 3 }, { level: null }, 'reset')).toBe(
      'Reset to to do, level cleared',
    )
  })

  it('marks an undo', () => {
    expect(describeChange({ status: 'done' }, {}, 'undo')).toBe('Undone: back to to do')
    expect(describeChange({ level: 1 }, { level: 2 }, 'undo')).toBe('Undone: level 1 → 2')
  })

  it('says when nothing changed', () => {
    expect(describeChange({ notes: 'same' }, { notes: 'same' })).toBe('No change')
  })
})
