import { z } from 'zod'

/** List schemas whose lists the app only ever appends to. */
const appendOnlyLists = new WeakSet<z.ZodType>()

/** The list a draft from {@link appendOnlyDraft} stands for, and what was pushed onto it. */
export interface Appended {
  base: readonly unknown[]
  added: readonly unknown[]
}

const appendedByDraft = new WeakMap<object, Appended>()

/**
 * `list`, marked as only ever appended to (the activity log): an update's draft of it takes
 * pushes without copying the list, and only what was pushed is validated.
 */
export function appendOnly<S extends z.ZodType>(list: S): S {
  appendOnlyLists.add(list)
  return list
}

/** The fields of an object schema that hold {@link appendOnly} lists. */
export function appendOnlyKeysOf(schema: z.ZodType): ReadonlySet<string> {
  if (!(schema instanceof z.ZodObject)) return new Set()
  const shape = schema.shape as Record<string, z.ZodType>
  return new Set(Object.keys(shape).filter((key) => appendOnlyLists.has(shape[key] as z.ZodType)))
}

/**
 * A draft of the frozen `base` that reads as the list does and takes `push`; anything that
 * would change a record already in it (an index set, `splice`, `sort`, a shorter length)
 * throws, as the list is only appended to. Replacing the whole list stays possible: the
 * draft's field is then a plain list, validated as any other.
 */
export function appendOnlyDraft<T>(base: readonly T[]): T[] {
  const added: T[] = []
  const push = (...items: T[]): number => {
    added.push(...items)
    return base.length + added.length
  }
  const refuse = (): never => {
    throw new TypeError('This list is only ever appended to: push onto it or replace it whole.')
  }
  // The target is an empty list of its own: a frozen target would oblige the proxy to report
  // the frozen length and records, not the appended ones.
  const draft = new Proxy<T[]>([], {
    get(target, property, receiver) {
      if (property === 'length') return base.length + added.length
      if (property === 'push') return push
      const index = typeof property === 'string' ? arrayIndex(property) : undefined
      if (index !== undefined) {
        return index < base.length ? base[index] : added[index - base.length]
      }
      return Reflect.get(target, property, receiver) as unknown
    },
    has(target, property) {
      const index = typeof property === 'string' ? arrayIndex(property) : undefined
      if (index !== undefined) return index < base.length + added.length
      return Reflect.has(target, property)
    },
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  })
  appendedByDraft.set(draft, { base, added })
  return draft
}

/** What `value` stands for when it is a draft from {@link appendOnlyDraft}. */
export function appendedTo(value: unknown): Appended | undefined {
  return typeof value === 'object' && value !== null ? appendedByDraft.get(value) : undefined
}

function arrayIndex(property: string): number | undefined {
  const index = Number(property)
  return Number.isInteger(index) && index >= 0 && String(index) === property ? index : undefined
}
