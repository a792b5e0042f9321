import type { z } from 'zod'
import { deepFreeze } from './deep-freeze'

/**
 * The schema a value was validated by, kept on the value itself: a hidden (non-enumerable
 * symbol) property that JSON, copies and comparisons ignore. A weak set of 50,000 events cost
 * more than parsing them, and every marked event shares one hidden class.
 */
const VALID_FOR = Symbol('validFor')

/**
 * Records that `value`, output of `schema.safeParse` a caller has just run, is valid, and
 * freezes it so it stays so. An update that appends it to a list of `schema` records (the
 * activity log) then keeps it without parsing it again: sync validates 50,000 events as it
 * reads them, and parsing them a second time in the store cost as much as the first.
 */
export function markValid<T>(schema: z.core.$ZodType, value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.defineProperty(value, VALID_FOR, { value: schema })
  return deepFreeze(value)
}

/**
 * {@link markValid} for an object whose every object inside is frozen already: it is marked
 * and frozen without walking it. Sync marks 50,000 events as it reads them, each holding only
 * text and two states it has just frozen or shared, and the walk cost more than the marking.
 */
export function markValidShallow<T extends object>(schema: z.core.$ZodType, value: T): T {
  if (Object.isFrozen(value)) return value
  Object.defineProperty(value, VALID_FOR, { value: schema })
  return Object.freeze(value)
}

/** True when `value` was passed to {@link markValid} for `schema` (and is therefore frozen). */
export function isKnownValid(schema: z.core.$ZodType, value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [VALID_FOR]?: unknown })[VALID_FOR] === schema
  )
}
