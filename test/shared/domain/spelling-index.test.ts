import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Entity } from '@shared/domain/entity'
import { EntityLinker, spellingPattern, type EntityMention } from '@shared/domain/entity-linker'
import { isWordChar } from '@shared/domain/spelling-index'

/**
 * The linker as it was before the spelling index: every spelling's pattern run over the text
 * with matchAll, the longest mention kept where two overlap, the taxonomy's order breaking ties.
 */
function mentionsByPatterns(entities: readonly Entity[], text: string): EntityMention[] {
  const candidates: EntityMention[] = []
  for (const entity of entities) {
    for (const spelling of [entity.name, ...entity.aliases]) {
      for (const match of text.matchAll(spellingPattern(spelling))) {
        const start = match.index
        candidates.push({ entityId: entity.id, start, end: start + match[0].length })
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: EntityMention[] = []
  for (const candidate of candidates) {
    if (chosen.some((kept) => candidate.start < kept.end && kept.start < candidate.end)) continue
    chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

const KELVIN_SIGN = '\u212a'
const LONG_S = '\u017f'

/** Spellings that meet every rule: short and long, overlapping, odd characters, not ASCII. */
const spellingPool = [
  'R',
  'C',
  'C++',
  'C#',
  'Go',
  'SQL',
  'sql',
  'NoSQL',
  'Power BI',
  'PowerBI',
  'Google Cloud',
  'Google Cloud Platform',
  'scikit-learn',
  'data pipeline',
  'Kafka',
  'Spark',
  'ask',
  'Keras',
  '.NET',
  'ASP.NET',
  '#tag',
  'node.js',
  'Señor Data',
  'Straße',
  'k8s',
  'Ss',
  'Excel',
  'excel',
  // Not ASCII, yet matching ASCII text: found by their patterns, ranked among the rest.
  '\u017fpark',
  '\u212aafka',
]

const entities: fc.Arbitrary<Entity[]> = fc
  .uniqueArray(fc.constantFrom(...spellingPool), { minLength: 1, maxLength: 10 })
  .chain((spellings) =>
    fc
      .array(fc.nat({ max: 3 }), { minLength: spellings.length, maxLength: spellings.length })
      .map((owners) => {
        // A few entities, each with one or more of the spellings; one spelling may come twice.
        const byOwner = new Map<number, string[]>()
        spellings.forEach((spelling, index) => {
          const owner = owners[index] ?? 0
          byOwner.set(owner, [...(byOwner.get(owner) ?? []), spelling])
        })
        return [...byOwner.entries()].map(([owner, [name = 'x', ...aliases]]) => ({
          id: `e${owner}`,
          name,
          kind: 'tool' as const,
          aliases: owner === 0 ? [...aliases, name] : aliases,
        }))
      }),
  )

/** The spelling as a text may hold it: in another case, with a Kelvin sign or a long s. */
function respelled(spelling: string, how: number): string {
  if (how === 0) return spelling
  if (how === 1) return spelling.toUpperCase()
  if (how === 2) return spelling.toLowerCase()
  return spelling.replace(/k/gi, KELVIN_SIGN).replace(/s/gi, LONG_S)
}

const separator = fc.constantFrom(
  ' ',
  '',
  '+',
  '#',
  '-',
  '.',
  '\n',
  'é',
  '\u0345',
  '😀',
  '\ud83d',
  '\ude00',
  '1',
  'x',
  's',
  'es',
  'ES',
  LONG_S,
  'ⓐ',
  '\u2160',
)
const piece = fc.oneof(
  fc
    .tuple(fc.constantFrom(...spellingPool), fc.nat({ max: 3 }))
    .map(([spelling, how]) => respelled(spelling, how)),
  separator,
  fc.string({ maxLength: 4 }),
)
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''))

describe('the spelling index', () => {
  it('finds exactly the mentions the spellings’ own patterns find', () => {
    fc.assert(
      fc.property(entities, text, (taxonomy, written) => {
        const linker = new EntityLinker(taxonomy)
        expect(linker.mentions(written)).toEqual(mentionsByPatterns(taxonomy, written))
      }),
      { numRuns: 2_000 },
    )
  })

  it('finds plurals, other cases and the Kelvin sign as the patterns do', () => {
    const taxonomy: Entity[] = [
      { id: 'kafka', name: 'Kafka', kind: 'tool', aliases: [] },
      { id: 'r', name: 'R', kind: 'language', aliases: [] },
      { id: 'class', name: 'Class', kind: 'concept', aliases: [] },
    ]
    const linker = new EntityLinker(taxonomy)
    const written = `${KELVIN_SIGN}AFKAS and r and R+ and CLASSES, classs, clas${LONG_S}`
    expect(linker.mentions(written)).toEqual(mentionsByPatterns(taxonomy, written))
    expect(linker.link(written)).toEqual(['kafka', 'class'])
    // After a combining mark that folds to a letter: a word start only where case counts.
    const afterMark = '\u0345R and \u0345Kafka'
    expect(linker.mentions(afterMark)).toEqual(mentionsByPatterns(taxonomy, afterMark))
    expect(linker.link(afterMark)).toEqual(['r'])
  })

  // The index compares a text's characters with ASCII spellings by folding only ASCII letters,
  // the Kelvin sign and the long s: no other character matches an ASCII one, ignoring case.
  it('folds every character that a case-insensitive pattern matches with an ASCII one', () => {
    const asciiAnyCase = /^[\x20-\x7e]$/iu
    const foldsIntoAscii: number[] = []
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      if (asciiAnyCase.test(String.fromCodePoint(code))) foldsIntoAscii.push(code)
    }
    expect(foldsIntoAscii).toEqual([0x17f, 0x212a])
  })

  it('reads word characters as the patterns’ class does, with and without case', () => {
    for (const char of ['a', 'Z', '7', '+', '#', 'é', '\u0345', '\u2160', 'ⓐ', '😀', '-', ' ']) {
      const code = char.codePointAt(0) ?? 0
      expect(isWordChar(code, false)).toBe(/^[\p{L}\p{N}+#]$/u.test(char))
      expect(isWordChar(code, true)).toBe(/^[\p{L}\p{N}+#]$/iu.test(char))
    }
    // A combining mark is no letter, but folds to one when case is ignored.
    expect(isWordChar(0x345, false)).toBe(false)
    expect(isWordChar(0x345, true)).toBe(true)
  })
})
