import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countStatuses, recount } from '@shared/domain/progress/count-statuses'
import type { ProgressStatus } from '@shared/domain/progress/types'

const status = fc.constantFrom<ProgressStatus>('todo', 'learning', 'done', 'skipped')

describe('recount', () => {
  it('gives the counts of the changed statuses, as counting them all again does', () => {
    fc.assert(
      fc.property(
        fc.array(status, { minLength: 1 }),
        fc.array(fc.tuple(fc.nat(), status)),
        (before, edits) => {
          const after = [...before]
          const changes = edits.map(([at, to]) => {
            const index = at % after.length
            const from = after[index] as ProgressStatus
            after[index] = to
            return { from, to }
          })
          expect(recount(countStatuses(before), changes)).toEqual(countStatuses(after))
        },
      ),
    )
  })
})
