import { describe, expect, it } from 'vitest'
import { splitKeyDescription } from '@shared/importer/key-description'
import { classifyLine } from '@shared/importer/line-kinds'
import { articleLines } from '@shared/importer/normalize-text'
import { endsMidSentence, splitSentences } from '@shared/importer/sentences'
import { RoleNames } from '@shared/importer/role-mentions'
import { readListHeading } from '@shared/importer/section-headings'

describe('articleLines', () => {
  it('splits on any line ending and trims odd spaces and invisible characters', () => {
    expect(articleLines('\uFEFFa\r\nb\rc\n\t d\u00A0 e \u200B')).toEqual(['a', 'b', 'c', 'd e'])
  })
})

describe('classifyLine', () => {
  it.each([
    ['• Item', 'Item'],
    ['•Item', 'Item'],
    ['- Item', 'Item'],
    ['* Item', 'Item'],
    ['– Item', 'Item'],
    ['1. Item', 'Item'],
    ['12) Item', 'Item'],
    ['(3) Item', 'Item'],
    ['▪ Item', 'Item'],
    ['•', ''],
    ['-', ''],
  ])('reads %j as a bullet', (line, text) => {
    expect(classifyLine(line)).toEqual({ kind: 'bullet', text })
  })

  it.each(['-based approach', '2023. was a year', '*emphasis*', 'Plain words'])(
    'reads %j as text',
    (line) => {
      expect(classifyLine(line).kind).toBe('text')
    },
  )

  it('drops Markdown heading marks and whole-line bold', () => {
    expect(classifyLine('### Skills')).toEqual({ kind: 'text', text: 'Skills' })
    expect(classifyLine('**Data Analyst**')).toEqual({ kind: 'text', text: 'Data Analyst' })
    expect(classifyLine('- **Key**: text')).toEqual({ kind: 'bullet', text: '**Key**: text' })
  })
})

describe('splitKeyDescription', () => {
  it('splits a short label from its description', () => {
    expect(splitKeyDescription('Version Control: Git for code management.')).toEqual({
      key: 'Version Control',
      text: 'Git for code management.',
    })
  })

  it.each([
    'Strong programming skills in Python, Java, or C++',
    'Cloud services (e.g., AWS SageMaker): managed training',
    'See https://example.org for details',
    'One two three four five six seven: too long to be a label',
    'Trailing colon only:',
  ])('keeps %j whole', (item) => {
    expect(splitKeyDescription(item)).toEqual({ text: item })
  })
})

describe('splitSentences', () => {
  it('splits after sentence ends, not after initialisms or "e.g."', () => {
    expect(
      splitSentences(
        'According to the U.S. Bureau of Labor Statistics, jobs grow 8%. Tools, e.g. Spark, help! Why? Because.',
      ),
    ).toEqual([
      'According to the U.S. Bureau of Labor Statistics, jobs grow 8%.',
      'Tools, e.g. Spark, help!',
      'Why?',
      'Because.',
    ])
  })
})

describe('endsMidSentence', () => {
  it.each(['Keep clusters patched and', 'Tools such as', 'Python, Java,', 'Learn (for'])(
    'sees %j as cut off',
    (text) => {
      expect(endsMidSentence(text)).toBe(true)
    },
  )

  it.each(['Git for version control', 'Strong problem-solving skills.', 'Tech'])(
    'sees %j as complete',
    (text) => {
      expect(endsMidSentence(text)).toBe(false)
    },
  )
})

describe('readListHeading', () => {
  const roles = new RoleNames(['Analytics Engineer', 'Data Steward'])

  it.each([
    ['Educational Background Needed', 'education', null],
    ['Industries Employing Data Stewards', 'industries', 1],
    ['Practical Tips for Becoming a Data Steward', 'tips', 1],
    ['Skills an Analytics Engineer Needs', 'skills', 0],
  ] as const)('reads “%s” as a list heading', (line, section, roleIndex) => {
    expect(readListHeading(line, roles)).toEqual({ section, roleIndex })
  })

  it.each([
    'Most tools used by teams of every size across the world today',
    'tools of the trade',
    'Analytics Engineer and Data Steward Skills',
    'Final Thoughts on Both Jobs',
    'Plenty of work is waiting.',
  ])('leaves “%s” alone', (line) => {
    expect(readListHeading(line, roles)).toBeNull()
  })
})
