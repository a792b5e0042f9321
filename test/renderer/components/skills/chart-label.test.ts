import { describe, expect, it } from 'vitest'
import { labelLines } from '../../../../src/renderer/src/components/skills/chart-label'

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines('SQL', 30)).toEqual(['SQL'])
  })

  it('breaks a long name between words, ending a still-long rest in "…"', () => {
    expect(labelLines('Machine learning model deployment', 20)).toEqual([
      'Machine learning',
      'model deployment',
    ])
    expect(labelLines('Data pipeline design and orchestration at scale', 20)).toEqual([
      'Data pipeline design',
      'and orchestration a…',
    ])
  })

  it('cuts a single word longer than a line', () => {
    expect(labelLines('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…'])
  })
})
