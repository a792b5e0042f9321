import { describe, expect, it } from 'vitest'
import * as progress from '@shared/domain/progress'

describe('the progress domain index', () => {
  it('exports the public API', () => {
    expect(Object.keys(progress).sort()).toEqual([
      'UnknownBatchError',
      'acceptsLevel',
      'applyChange',
      'completionsByDay',
      'countProgress',
      'currentStreak',
      'customKey',
      'defaultPlanTitle',
      'describeEvent',
      'eventsForUndo',
      'isCompletion',
      'itemsForRole',
      'itemsForTransition',
      'localDay',
      'parseKey',
      'parseNoteMarkdown',
      'replayLog',
      'roleReadiness',
      'sameState',
      'skillKey',
      'stateOf',
      'tipKey',
    ])
  })
})
