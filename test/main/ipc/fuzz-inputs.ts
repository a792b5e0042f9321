import fc from 'fast-check'
import type { z } from 'zod'

/** Strings that have broken parsers before: empty, huge, path-like, script-like, odd dates. */
const trickyStrings = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  'x'.repeat(5_000),
  'javascript:alert(1)',
  'https://example.org/path?q=1',
  'file:///etc/passwd',
  '2026-02-30',
  '0000-01-01',
  '0999-12-31',
  '2026-11-23',
  '2026-11-23T12:00:00.000Z',
  '<script>alert(1)</script>',
  '\u0000\u0001\uFFFF',
  '\uD800',
  'é'.repeat(300),
)

/**
 * Real values by field: `plans.id` for one area's field, `*.roleId` for that field in
 * every area (an area is a channel's prefix, `plans` of `plans:get`). Ids that
 * exist in the store, so a call gets past "not found" into the handler's real work. Fields not
 * named draw from every value.
 */
export type KnownValues = Record<string, readonly string[]>

/** The real values for `field` (`plans.id`, else `*.id`), if any are known. */
function namedPool(known: KnownValues, field: string | undefined): readonly string[] | undefined {
  const named = field && (known[field] ?? known[field.replace(/^[^.]*\./, '*.')])
  return named && named.length > 0 ? named : undefined
}

function stringsFor(known: KnownValues, field: string | undefined): fc.Arbitrary<string> {
  const pool = namedPool(known, field) ?? Object.values(known).flat()
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: trickyStrings },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  )
}

interface Def {
  type: string
  [key: string]: unknown
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/**
 * Inputs shaped like what `schema` accepts: objects with its keys, strings matching its
 * patterns, members of its enums, arrays of its elements — each part now and then swapped for
 * an arbitrary value, a key dropped or an extra one added. Most are one mistake away from
 * valid, and many are valid, so the fuzzer reaches the handlers, not just the first check.
 */
export function shapedLike(
  schema: z.ZodType,
  known: KnownValues,
  area: string,
): fc.Arbitrary<unknown> {
  const shaped = (node: unknown, field?: string): fc.Arbitrary<unknown> => {
    const exact = exactlyLike(node, field)
    return fc.oneof({ weight: 12, arbitrary: exact }, { weight: 1, arbitrary: fc.anything() })
  }
  const exactlyLike = (node: unknown, field?: string): fc.Arbitrary<unknown> => {
    const def = defOf(node)
    switch (def.type) {
      case 'object': {
        const shape = def['shape'] as Record<string, unknown>
        const model = Object.fromEntries(
          Object.entries(shape).map(([key, child]) => [key, shaped(child, `${area}.${key}`)]),
        )
        const required = Object.keys(shape).filter((key) => defOf(shape[key]).type !== 'optional')
        return fc.oneof(
          { weight: 12, arbitrary: fc.record(model, { requiredKeys: required }) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.record(model, { requiredKeys: [] }), fc.string(), fc.anything())
              .map(([record, key, value]) => ({ ...record, [key]: value })),
          },
        )
      }
      case 'array': {
        const checks = (def['checks'] as { _zod: { def: Def } }[] | undefined) ?? []
        const maximum = checks
          .map((check) => check._zod.def['maximum'])
          .find((value) => typeof value === 'number')
        // Lists up to their limit and just past it, without building thousands of elements.
        const maxLength = Math.min(typeof maximum === 'number' ? maximum + 1 : 6, 8)
        const elements = fc.array(shaped(def['element'], field), { maxLength })
        const pool = namedPool(known, field)
        // Lists of distinct real values (two roles to compare), which element by element
        // drawing rarely produces.
        if (!pool) return elements
        return fc.oneof(elements, fc.uniqueArray(fc.constantFrom(...pool), { maxLength }))
      }
      case 'record':
        // Keys drawn as the schema names them (a partial record of list names), so that a
        // record input such as an import's `keepApart` gets past validation now and then.
        return fc.dictionary(
          exactlyLike(def['keyType'], field) as fc.Arbitrary<string>,
          shaped(def['valueType'], field),
          { maxKeys: 3 },
        )
      case 'tuple':
        return fc.tuple(...(def['items'] as unknown[]).map((item) => shaped(item, field)))
      case 'union':
        return fc.oneof(...(def['options'] as unknown[]).map((option) => shaped(option, field)))
      case 'optional':
        return fc.option(shaped(def['innerType'], field), { nil: undefined })
      case 'nullable':
        return fc.option(shaped(def['innerType'], field), { nil: null })
      case 'pipe':
        return shaped(def['in'], field)
      case 'literal':
        return fc.constantFrom(...(def['values'] as unknown[]))
      case 'enum':
        return fc.constantFrom(...Object.values(def['entries'] as Record<string, unknown>))
      case 'undefined':
        return fc.constant(undefined)
      case 'boolean':
        return fc.boolean()
      case 'number':
        return fc.oneof(
          fc.integer({ min: -5, max: 600 }),
          fc.integer(),
          fc.double(),
          fc.constantFrom(0, -0, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER),
        )
      case 'template_literal':
        return fc.oneof(
          { weight: 3, arbitrary: stringsFor(known, field) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(
                ...(def['parts'] as unknown[]).map((part) =>
                  typeof part === 'object' && part !== null
                    ? exactlyLike(part, field)
                    : fc.constant(String(part)),
                ),
              )
              .map((parts) => parts.join('')),
          },
        )
      case 'string':
        return stringLike(def, stringsFor(known, field))
      default:
        return fc.anything()
    }
  }
  return shaped(schema)
}

function stringLike(def: Def, strings: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const checks = ((def['checks'] as { _zod: { def: Def } }[] | undefined) ?? []).map(
    (check) => check._zod.def,
  )
  const pattern = [def, ...checks].map((check) => check['pattern']).find((p) => p instanceof RegExp)
  const formatted =
    def['format'] === 'url'
      ? fc.webUrl()
      : pattern instanceof RegExp
        ? fc.stringMatching(pattern)
        : fc.string({ maxLength: 40 })
  return fc.oneof({ weight: 3, arbitrary: strings }, { weight: 1, arbitrary: formatted })
}
