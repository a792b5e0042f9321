import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customKey, parseKey, skillKey, tipKey } from '@shared/domain/progress/keys'
import { ProgressKeySchema } from '@shared/domain/progress/types'

describe('progress keys', () => {
  it('prefixes each kind of id', () => {
    expect(skillKey('python')).toBe('skill:python')
    expect(tipKey('build-portfolio')).toBe('tip:build-portfolio')
    expect(customKey('Ab-12')).toBe('custom:Ab-12')
  })

  it('makes keys the schema accepts', () => {
    for (const key of [skillKey('power-bi'), tipKey('network'), customKey('x1')]) {
      expect(ProgressKeySchema.parse(key)).toBe(key)
    }
  })

  it('parses a key back into its kind and id', () => {
    expect(parseKey('skill:google-cloud')).toEqual({ kind: 'skill', id: 'google-cloud' })
    expect(parseKey('tip:build-portfolio')).toEqual({ kind: 'tip', id: 'build-portfolio' })
    expect(parseKey('custom:a1')).toEqual({ kind: 'custom', id: 'a1' })
  })

  it('round-trips any id', () => {
    const makers = { skill: skillKey, tip: tipKey, custom: customKey } as const
    fc.assert(
      fc.property(fc.constantFrom('skill', 'tip', 'custom'), fc.string(), (kind, id) => {
        expect(parseKey(makers[kind](id))).toEqual({ kind, id })
      }),
    )
  })
})
