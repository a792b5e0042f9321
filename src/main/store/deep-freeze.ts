/**
 * Freezes `value` and everything in it, stopping at what is already frozen: the store's data
 * is frozen as a whole, so a frozen object's contents are frozen too.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
