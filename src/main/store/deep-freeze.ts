/**
 * Freezes `value` and everything in it, stopping at what is already frozen: the store's data
 * is frozen as a whole, so a frozen object's contents are frozen too.
 *
 * Opening the store freezes every record of the file (hundreds of thousands of objects), so
 * the walk reads children in place, rather than copying each object's values into a new
 * array, and calls itself only for children that are objects.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) freezeUnlessFrozen(value)
  return value
}

function freezeUnlessFrozen(value: object): void {
  if (Object.isFrozen(value)) return
  if (Array.isArray(value)) {
    for (const child of value as unknown[]) {
      if (typeof child === 'object' && child !== null) freezeUnlessFrozen(child)
    }
  } else {
    const record = value as Record<string, unknown>
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue
      const child = record[key]
      if (typeof child === 'object' && child !== null) freezeUnlessFrozen(child)
    }
  }
  Object.freeze(value)
}
