import { describe, expect, it } from 'vitest'
import { sameLinks, sameState } from '@shared/domain/progress/same-state'
import { state } from './progress-fixtures'

const docs = { url: 'https://docs.python.org', label: 'Docs' }
const course = { url: 'https://course.example', label: '' }

describe('sameState and sameLinks', () => {
  it('compares field by field and link by link, in order', () => {
    expect(sameState(state({ links: [docs] }), state({ links: [{ ...docs }] }))).toBe(true)
    expect(sameState(state({ level: 1 }), state({ level: null }))).toBe(false)
    expect(sameState(state({ notes: 'a' }), state())).toBe(false)
    expect(sameLinks([docs, course], [course, docs])).toBe(false)
    expect(sameLinks([docs], [{ ...docs, label: 'Other' }])).toBe(false)
    expect(sameLinks([], [])).toBe(true)
  })
})
