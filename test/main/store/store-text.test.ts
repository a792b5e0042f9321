import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { deepFreeze } from '../../../src/main/store/deep-freeze'
import { toJsonText } from '../../../src/main/store/json-file'
import { StoreText } from '../../../src/main/store/store-text'
import { runAll, type Steps } from '@shared/domain/article-import/steps'

/** A frozen record, and a stand-in for it that counts how often its fields are read. */
function countedRecord() {
  const record = deepFreeze({ id: 'a', notes: 'first' })
  let count = 0
  const counted = new Proxy(record, {
    get(target, property, receiver) {
      count++
      return Reflect.get(target, property, receiver) as unknown
    },
  })
  return { record, counted, reads: () => count }
}

/** The text the chunks spell out, read back as a file's bytes would be. */
function textOf(store: StoreText, data: object): string {
  return Buffer.concat(store.chunksOf(data)).toString('utf8')
}

describe('StoreText', () => {
  it('gives exactly the text toJsonText gives, frozen or not, append-only or not, with lists or without', () => {
    const value = fc.dictionary(
      fc.string(),
      fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined)),
    )
    fc.assert(
      fc.property(value, fc.boolean(), fc.boolean(), (data, frozen, appendOnly) => {
        // Append-only lists are joined in one piece rather than record by record.
        const text = new StoreText(new Set(appendOnly ? Object.keys(data) : []))
        const subject = frozen ? deepFreeze(data) : data
        expect(textOf(text, subject)).toBe(toJsonText(subject))
        // The second time it is joined from what it remembered.
        expect(textOf(text, subject)).toBe(toJsonText(subject))
      }),
    )
  })

  it('serializes a remembered record once, however often the data is written', () => {
    const { record, counted, reads } = countedRecord()
    const text = new StoreText(new Set())
    const data = { list: [counted] }
    expect(textOf(text, data)).toBe(toJsonText(data))
    const afterFirst = reads()
    expect(textOf(text, { list: [counted, { id: 'b' }] })).toBe(
      toJsonText({ list: [record, { id: 'b' }] }),
    )
    expect(reads()).toBe(afterFirst)
  })

  it('follows a frozen list that grows at the end, shrinks or has a record replaced', () => {
    const text = new StoreText(new Set())
    const event = (n: number) => deepFreeze({ id: `event-${n}`, at: n })
    const first = deepFreeze({ version: 1, activity: [event(1), event(2)], notes: [] })
    const grown = deepFreeze({ ...first, activity: [...first.activity, event(3), event(4)] })
    const replaced = deepFreeze({ ...grown, activity: [event(0), ...grown.activity.slice(1)] })
    const shrunk = deepFreeze({ ...replaced, activity: replaced.activity.slice(0, 1) })
    for (const data of [first, grown, grown, replaced, shrunk, first]) {
      expect(textOf(text, data)).toBe(toJsonText(data))
    }
  })

  it('does not remember the records of an append-only list, whose bytes are enough', () => {
    const { record, counted, reads } = countedRecord()
    const text = new StoreText(new Set(['log']))
    const b = deepFreeze({ id: 'b' })
    textOf(text, deepFreeze({ log: [counted, b], notes: [counted] }))
    const afterFirst = reads()
    // Both lists rebuilt whole (neither grew at the end): only the log reads its record again.
    const second = deepFreeze({ log: [counted], notes: [counted, b] })
    expect(textOf(text, second)).toBe(toJsonText({ log: [record], notes: [record, b] }))
    expect(reads()).toBeGreaterThan(afterFirst)
    const afterSecond = reads()
    const third = deepFreeze({ log: [b], notes: [b, counted] })
    expect(textOf(text, third)).toBe(toJsonText({ log: [b], notes: [b, record] }))
    expect(reads()).toBe(afterSecond)
  })

  it('keeps a log that grows on every write in a bounded number of chunks', () => {
    const text = new StoreText(new Set())
    let activity: readonly object[] = deepFreeze([{ id: 'event-0' }])
    let chunks = 0
    for (let n = 1; n <= 100; n++) {
      activity = deepFreeze([...activity, { id: `event-${n}`, note: 'naïve – ünïcode' }])
      const data = deepFreeze({ version: 1, activity })
      chunks = text.chunksOf(data).length
      expect(textOf(text, data)).toBe(toJsonText(data))
    }
    // The text before the list, the list's chunks, the text after it.
    expect(chunks).toBeLessThanOrEqual(1 + 32 + 1)
  })
})

describe('StoreText blocks', () => {
  /** A frozen record of about `chars` characters of text. */
  const big = (id: string, chars: number) => deepFreeze({ id, body: 'x'.repeat(chars) })

  it('re-encodes only the block around a replaced record, keeping the rest of the list as it was', () => {
    const text = new StoreText(new Set(), 4_000)
    const roles = Array.from({ length: 40 }, (_, n) => big(`role-${n}`, 1_000))
    const before = deepFreeze({ version: 1, roles })
    const first = text.chunksOf(before)
    const changed = deepFreeze({ ...before, roles: roles.with(20, big('role-20', 1_200)) })
    const second = text.chunksOf(changed)
    expect(Buffer.concat(second).toString('utf8')).toBe(toJsonText(changed))
    // The bytes that are the very ones of the last write: all but a block or so.
    const kept = second.filter((chunk) => first.includes(chunk))
    const keptBytes = kept.reduce((sum, chunk) => sum + chunk.length, 0)
    const total = second.reduce((sum, chunk) => sum + chunk.length, 0)
    expect(keptBytes / total).toBeGreaterThan(0.8)
  })

  it('keeps a list that grows one record per write in blocks, not one chunk per record', () => {
    const text = new StoreText(new Set(), 4_000)
    let items: ReturnType<typeof big>[] = []
    let chunks: Uint8Array[] = []
    for (let n = 0; n < 200; n++) {
      items = deepFreeze([...items, big(`item-${n}`, 100)])
      chunks = text.chunksOf(deepFreeze({ items }))
    }
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toJsonText({ items }))
    // Some 30,000 characters of records in blocks of 2,000 to 4,000, separators between:
    // without joining the small block at the end, there would be one block per record.
    expect(chunks.length).toBeLessThan(40)
  })

  it('gives toJsonText text after any run of inserts, removals and replacements', () => {
    const record = fc.record({ id: fc.string(), n: fc.integer(), s: fc.string() })
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'remove', 'replace'), record)
    fc.assert(
      fc.property(fc.array(record, { minLength: 1 }), fc.array(edit), (start, edits) => {
        const text = new StoreText(new Set(), 60)
        let list: unknown[] = deepFreeze(start.map((r) => deepFreeze(r)))
        expect(Buffer.concat(text.chunksOf({ list })).toString('utf8')).toBe(toJsonText({ list }))
        for (const [at, kind, value] of edits) {
          const index = list.length === 0 ? 0 : at % list.length
          const next = [...list]
          if (kind === 'insert') next.splice(index, 0, deepFreeze(value))
          else if (kind === 'remove') next.splice(index, 1)
          else next.splice(index, 1, deepFreeze(value))
          list = deepFreeze(next)
          const data = deepFreeze({ list })
          expect(Buffer.concat(text.chunksOf(data)).toString('utf8')).toBe(toJsonText(data))
        }
      }),
    )
  })
})

describe('StoreText.rememberSteps', () => {
  it('makes, in steps, exactly the text a write would make, and the write uses it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        const list = deepFreeze(values)
        const text = new StoreText(new Set())
        runAll(text.rememberSteps(list))
        expect(textOf(text, { list })).toBe(toJsonText({ list }))
      }),
    )
    const { record, counted, reads } = countedRecord()
    const text = new StoreText(new Set())
    runAll(text.rememberSteps([counted]))
    const afterSteps = reads()
    expect(textOf(text, { list: [counted] })).toBe(toJsonText({ list: [record] }))
    expect(reads()).toBe(afterSteps)
  })

  // A record of half a block or more is encoded in the steps too, and is a block of its own.
  it('gives toJsonText bytes when large records readied ahead are inserted, moved and replaced', () => {
    const record = fc.record({
      id: fc.string({ maxLength: 4 }),
      s: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
    })
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'remove', 'replace'), record)
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(edit, fc.boolean())),
        (start, edits) => {
          const text = new StoreText(new Set(), 60)
          let list: unknown[] = deepFreeze(start.map((r) => deepFreeze(r)))
          runAll(text.rememberSteps(list))
          expect(textOf(text, { list })).toBe(toJsonText({ list }))
          for (const [[at, kind, value], ahead] of edits) {
            const index = list.length === 0 ? 0 : at % list.length
            const next = [...list]
            const added = deepFreeze({ ...value })
            if (kind === 'insert') next.splice(index, 0, added)
            else if (kind === 'remove') next.splice(index, 1)
            else next.splice(index, 1, added)
            list = deepFreeze(next)
            if (ahead) runAll(text.rememberSteps([added]))
            const data = deepFreeze({ list })
            expect(textOf(text, data)).toBe(toJsonText(data))
          }
        },
      ),
    )
  })

  it('encodes a large record in the steps, so the write that adds it encodes none of it', () => {
    const text = new StoreText(new Set(), 4_000)
    const small = Array.from({ length: 10 }, (_, n) => deepFreeze({ id: `s${n}`, body: 'x' }))
    const before = deepFreeze({ list: small })
    text.chunksOf(before)
    const large = deepFreeze({ id: 'large', body: 'naïve 😀 '.repeat(400) })
    runAll(text.rememberSteps([large]))
    const after = deepFreeze({ list: [...small.slice(0, 5), large, ...small.slice(5)] })
    const chunks = text.chunksOf(after)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toJsonText(after))
    const largeText = toJsonText({ list: [large] })
      .split('\n')
      .slice(2, -3)
      .join('\n')
    expect(chunks.some((chunk) => Buffer.from(chunk).toString('utf8') === largeText)).toBe(true)
  })

  // Its text is joined a few thousand pieces at a time as it is made, not in one last step.
  it('makes the text of a record of thousands of items exactly as a write would', () => {
    const items = Array.from({ length: 3_000 }, (_, n) => ({
      id: `r${n}`,
      text: n % 7 === 0 ? `Plans “the” work ${n}` : `Plans the work ${n}`,
      entityIds: n % 2 === 0 ? [] : ['sql', 'python'],
      provenance: { origin: 'import', articleIds: [`a${n % 3}`] },
    }))
    const role = deepFreeze({ id: 'large', sections: { responsibilities: items, tips: [] } })
    const text = new StoreText(new Set())
    let steps = 0
    const remembering = text.rememberSteps([role])
    while (!remembering.next().done) steps++
    expect(steps).toBeGreaterThan(3_000)
    expect(textOf(text, { roles: [role] })).toBe(toJsonText({ roles: [role] }))
  })
})

describe('StoreText.chunksSteps', () => {
  /** The chunks and how many steps making them took. */
  function stepped(text: StoreText, data: object): { chunks: Uint8Array[]; steps: number } {
    const steps = text.chunksSteps(data)
    for (let count = 0; ; count++) {
      const next = steps.next()
      if (next.done) return { chunks: next.value, steps: count }
    }
  }

  // The first write after a start has nothing remembered: one JSON.stringify of the activity
  // log's 50,000 events held main for 80 to 140 ms, and the roles list's blocks 45 ms more.
  it('makes a first write a record, or a hundred of an append-only list, a step', () => {
    const event = (n: number) => deepFreeze({ id: `event-${n}`, at: n, note: n % 3 ? 'ü' : '😀' })
    const role = (n: number) => deepFreeze({ id: `role-${n}`, name: `Role ${n}` })
    const data = deepFreeze({
      version: 1,
      roles: Array.from({ length: 300 }, (_, n) => role(n)),
      activity: Array.from({ length: 1_000 }, (_, n) => event(n)),
    })
    const text = new StoreText(new Set(['activity']), 4_000)
    const first = stepped(text, data)
    expect(Buffer.concat(first.chunks).toString('utf8')).toBe(toJsonText(data))
    expect(first.steps).toBeGreaterThanOrEqual(300 + 1_000 / 250)
    // The next write keeps it all, and a grown log adds its new records only.
    expect(stepped(text, data).steps).toBe(0)
    const grown = deepFreeze({ ...data, activity: [...data.activity, event(1_000)] })
    const next = stepped(text, grown)
    expect(Buffer.concat(next.chunks).toString('utf8')).toBe(toJsonText(grown))
    expect(next.steps).toBeLessThanOrEqual(2)
  })

  // A 25,000-item role written cold was one JSON.stringify of 3 MB: some 30 ms in one step.
  it('makes a large record it has not readied a value a step, exactly as a write would', () => {
    const items = Array.from({ length: 3_000 }, (_, n) => ({ id: `r${n}`, text: `Plans ${n}` }))
    const large = deepFreeze({ id: 'large', sections: { responsibilities: items } })
    const data = deepFreeze({ roles: [deepFreeze({ id: 'small' }), large] })
    const { chunks, steps } = stepped(new StoreText(new Set()), data)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toJsonText(data))
    expect(steps).toBeGreaterThan(3_000)
  })

  /** The longest string any one step joined from a list of strings. */
  function longestJoin(run: () => Steps<unknown>): number {
    const join = Array.prototype.join
    let longest = 0
    const spy = vi.spyOn(Array.prototype, 'join').mockImplementation(function (
      this: unknown[],
      separator?: string,
    ) {
      const joined = join.call(this, separator)
      longest = Math.max(longest, joined.length)
      return joined
    })
    try {
      runAll(run())
    } finally {
      spy.mockRestore()
    }
    return longest
  }

  // Joining a 2 MB block of roles into one string, to encode it, held main 8 to 20 ms in the
  // write's own turn; joining the 10 MB of a 25,000-item role readied ahead, 8 to 13 ms.
  it('never joins a block or a large record into one string in a step', () => {
    const role = (n: number) => deepFreeze({ id: `role-${n}`, name: `Role ${n} `.repeat(8) })
    const data = deepFreeze({ roles: Array.from({ length: 200 }, (_, n) => role(n)) })
    const text = new StoreText(new Set(), 8_000)
    expect(longestJoin(() => text.chunksSteps(data))).toBeLessThan(8_000 / 4)
    expect(textOf(text, data)).toBe(toJsonText(data))

    const items = Array.from({ length: 3_000 }, (_, n) => ({ id: `r${n}`, text: `Plans ${n}` }))
    const large = deepFreeze({ id: 'large', sections: { responsibilities: items } })
    const largeText = toJsonText(large).length
    expect(longestJoin(() => text.rememberSteps([large]))).toBeLessThan(largeText / 4)
    const grown = deepFreeze({ roles: [...data.roles, large] })
    expect(textOf(text, grown)).toBe(toJsonText(grown))
  })
})
