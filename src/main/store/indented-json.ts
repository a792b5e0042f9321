import type { Steps } from '../../shared/domain/article-import/steps'

// The store's JSON text: two-space indentation, each record shifted to where it sits in the
// file. Written whole by `indented`, or a member a step by `textSteps` for values so large
// that writing them at once would hold main; both give the same text.

/**
 * Appends to `parts` the text of `indented(value, indent)`, going into plain objects and
 * lists a step per member so that no one step serializes a large value whole. Anything else
 * (text, numbers, an object with its own prototype or `toJSON`) is left to JSON.stringify.
 */
export function* textSteps(value: unknown, indent: string, parts: string[]): Steps<void> {
  const inner = `${indent}  `
  if (Array.isArray(value) && !hasToJson(value)) {
    if (value.length === 0) {
      parts.push('[]')
      return
    }
    parts.push('[\n')
    for (let index = 0; index < value.length; index++) {
      parts.push(inner)
      const item: unknown = value[index]
      // As JSON.stringify writes them inside a list.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
        parts.push('null')
      } else {
        yield* textSteps(item, inner, parts)
      }
      parts.push(index < value.length - 1 ? ',\n' : '\n')
      yield
    }
    parts.push(`${indent}]`)
    return
  }
  if (!isPlainObject(value)) {
    parts.push(indented(value, indent))
    return
  }
  const record = value as Record<string, unknown>
  // JSON.stringify leaves out members it cannot write, keys in Object.keys's order.
  const keys = Object.keys(record).filter((key) => {
    const member = record[key]
    return member !== undefined && typeof member !== 'function' && typeof member !== 'symbol'
  })
  if (keys.length === 0) {
    parts.push('{}')
    return
  }
  parts.push('{\n')
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    parts.push(`${inner}${JSON.stringify(key)}: `)
    yield* textSteps(record[key], inner, parts)
    parts.push(index < keys.length - 1 ? ',\n' : '\n')
    yield
  }
  parts.push(`${indent}}`)
}

/** A plain object JSON.stringify writes member by member: no prototype of its own, no toJSON. */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return !hasToJson(value)
}

/** Whether JSON.stringify would write `value` through its own `toJSON`. */
function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function'
}

/** `value` as JSON with two-space indentation, its inner lines shifted by `indent`. */
export function indented(value: unknown, indent: string): string {
  // JSON.stringify gives undefined for a function or undefined; inside a list both are null.
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`)
}
