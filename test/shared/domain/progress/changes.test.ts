import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  acceptsLevel,
  applyChange,
  eventsForUndo,
  UnknownBatchError,
} from '@shared/domain/progress/changes'
import { replayLog, stateOf } from '@shared/domain/progress/replay'
import { ActivityEventSchema } from '@shared/domain/progress/types'
import { changesArb, event, keyPool, simulate, state, T0 } from './progress-fixtures'

const docs = { url: 'https://docs.python.org', label: 'Docs' }
const now = new Date(T0 + 86_400_000)
const ids = (): (() => string) => {
  let next = 0
  return () => `u${(next += 1)}`
}

describe('applyChange', () => {
  const current = state({ status: 'learning', level: 2, notes: 'Week 1', links: [docs] })

  it('replaces only the fields the patch gives', () => {
    expect(applyChange(current, { status: 'done' })).toEqual({ ...current, status: 'done' })
    expect(applyChange(current, { notes: '', links: [] })).toEqual(
      state({ status: 'learning', level: 2 }),
    )
    expect(applyChange(current, {})).toEqual(current)
  })

  it('clears a level with null and keeps it for an undefined field', () => {
    expect(applyChange(current, { level: null }).level).toBeNull()
    expect(applyChange(current, { level: undefined, status: undefined })).toEqual(current)
  })

  it('does not share the links array with its inputs', () => {
    const next = applyChange(current, {})
    expect(next.links).not.toBe(current.links)
    expect(current.links).toEqual([docs])
  })
})

describe('acceptsLevel', () => {
  it('is true only for skill keys', () => {
    expect(acceptsLevel('skill:python')).toBe(true)
    expect(acceptsLevel('tip:build-portfolio')).toBe(false)
    expect(acceptsLevel('custom:a1')).toBe(false)
  })
})

describe('eventsForUndo', () => {
  const log = [
    event('e1', 'skill:python', {}, { status: 'learning' }, { batchId: 'b1' }),
    event('e2', 'skill:python', { status: 'learning' }, { status: 'done' }, { batchId: 'b2' }),
    event('e3', 'tip:network', {}, { status: 'done' }, { batchId: 'b2' }),
    event(
      'e4',
      'skill:python',
      { status: 'done' },
      { status: 'done', level: 3 },
      { batchId: 'b2' },
    ),
  ]

  it('takes each key the batch touched back to its state before the batch', () => {
    const undo = eventsForUndo(log, 'b2', now, 'b9', ids())
    expect(undo).toEqual([
      {
        id: 'u1',
        at: now.toISOString(),
        key: 'skill:python',
        before: state({ status: 'done', level: 3 }),
        after: state({ status: 'learning' }),
        cause: 'undo',
        batchId: 'b9',
      },
      {
        id: 'u2',
        at: now.toISOString(),
        key: 'tip:network',
        before: state({ status: 'done' }),
        after: state(),
        cause: 'undo',
        batchId: 'b9',
      },
    ])
    for (const undoEvent of undo) expect(ActivityEventSchema.parse(undoEvent)).toEqual(undoEvent)
  })

  it('restores the pre-batch state over later changes to the same key', () => {
    const later = [...log, event('e5', 'tip:network', { status: 'done' }, { status: 'skipped' })]
    const undo = eventsForUndo(later, 'b2', now, 'b9', ids())
    expect(undo.find((e) => e.key === 'tip:network')?.before).toEqual(state({ status: 'skipped' }))
  })

  it('writes nothing for keys already back in their earlier state', () => {
    const first = eventsForUndo(log, 'b2', now, 'b9', ids())
    expect(eventsForUndo([...log, ...first], 'b2', now, 'b10', ids())).toEqual([])
    const reverted = [...log, event('e5', 'tip:network', { status: 'done' }, {})]
    expect(eventsForUndo(reverted, 'b2', now, 'b9', ids()).map((e) => e.key)).toEqual([
      'skill:python',
    ])
  })

  it('can undo an undo', () => {
    const undo = eventsForUndo(log, 'b2', now, 'b9', ids())
    const redo = eventsForUndo([...log, ...undo], 'b9', now, 'b10', ids())
    expect(replayLog([...log, ...undo, ...redo])).toEqual(replayLog(log))
  })

  it('writes back only a value the key held, whatever a forged event claims came before it', () => {
    const forged = [
      event('e1', 'skill:python', {}, { status: 'learning' }, { batchId: 'b1' }),
      // Claims python held "evil" notes before it; the log says it held "learning".
      event(
        'e2',
        'skill:python',
        { status: 'done', notes: 'visit evil.example' },
        { status: 'done' },
        { batchId: 'b2' },
      ),
    ]
    const [undo] = eventsForUndo(forged, 'b2', now, 'b9', ids())
    expect(undo?.after).toEqual(state({ status: 'learning' }))
  })

  it('throws a typed error for a batch the log does not hold', () => {
    expect(() => eventsForUndo(log, 'nope', now, 'b9', ids())).toThrow(UnknownBatchError)
    let caught: unknown
    try {
      eventsForUndo([], 'nope', now, 'b9', ids())
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(UnknownBatchError)
    expect(caught).toMatchObject({ batchId: 'nope', name: 'UnknownBatchError' })
  })
})

describe('eventsForUndo properties', () => {
  it('returns every key the batch touched to its pre-batch state and leaves others alone', () => {
    fc.assert(
      fc.property(changesArb, fc.constantFrom('b1', 'b2', 'b3', 'b4'), (changes, batchId) => {
        const { log } = simulate(changes)
        const batch = log.filter((e) => e.batchId === batchId)
        fc.pre(batch.length > 0)
        const undo = eventsForUndo(log, batchId, now, 'undo', ids())
        const before = replayLog(log)
        const after = replayLog([...log, ...undo])
        for (const key of keyPool) {
          const first = batch.find((e) => e.key === key)
          expect(stateOf(after, key)).toEqual(first ? first.before : stateOf(before, key))
        }
        expect(new Set(undo.map((e) => e.key)).size).toBe(undo.length)
        for (const e of undo) expect(e.before).toEqual(stateOf(before, e.key))
        expect(eventsForUndo([...log, ...undo], batchId, now, 'again', ids())).toEqual([])
      }),
    )
  })
})
