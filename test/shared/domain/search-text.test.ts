import { describe, expect, it } from 'vitest'
import { nearlySpells, startsAWord, typoDistance } from '@shared/domain/search-text'

describe('typoDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(typoDistance('python', 'pyhton', 2)).toBe(1)
    expect(typoDistance('python', 'python', 2)).toBe(0)
    expect(typoDistance('tableau', 'tablaeu', 2)).toBe(1)
  })

  it('counts insertions, deletions and substitutions', () => {
    expect(typoDistance('kafka', 'kafk', 2)).toBe(1)
    expect(typoDistance('kafka', 'kafkaa', 2)).toBe(1)
    expect(typoDistance('kafka', 'kofka', 2)).toBe(1)
    expect(typoDistance('kafka', 'kofko', 2)).toBe(2)
  })

  it('gives up past the limit', () => {
    expect(typoDistance('python', 'pandas', 1)).toBe(2)
    expect(typoDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('nearlySpells', () => {
  it('finds a word of a name with a typo, from four letters up', () => {
    expect(nearlySpells('Apache Spark', 'sprak')).toBe(true)
    expect(nearlySpells('Scikit-learn', 'lern')).toBe(true)
    expect(nearlySpells('SQL', 'sqk')).toBe(false)
    expect(nearlySpells('Python', 'pxthxn')).toBe(false)
  })

  it('allows two typos from eight letters', () => {
    expect(nearlySpells('Kubernetes', 'kubernetse')).toBe(true)
    expect(nearlySpells('Kubernetes', 'kuberentse')).toBe(true)
  })
})

describe('startsAWord', () => {
  it('matches at the start of a word only', () => {
    expect(startsAWord('Power BI', 'bi')).toBe(true)
    expect(startsAWord('NoSQL', 'sql')).toBe(false)
  })
})
