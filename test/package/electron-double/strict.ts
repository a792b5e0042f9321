/**
 * Strictness for the Electron double: every object it hands to the app is wrapped so that
 * reading a property the double does not implement throws. A new Electron call in main or
 * preload therefore fails the packaged-app journey loudly instead of passing as `undefined`.
 */

/** Thrown when the app touches a part of Electron the double does not implement. */
export class NotImplementedInDouble extends Error {
  constructor(path: string) {
    super(
      `The Electron test double does not implement ${path}. Implement it in ` +
        'test/package/electron-double/ (faithfully to Electron) before the app may use it.',
    )
    this.name = 'NotImplementedInDouble'
  }
}

// Read by the language and by Node itself, never by the app: awaiting or resolving a promise
// with an object reads `then`, and console/inspect read symbols. Electron objects have none of
// these, so answering `undefined` is what the real objects do.
const LANGUAGE_PROBES = new Set<PropertyKey>(['then'])

function handler<T extends object>(name: string, hidden: ReadonlySet<string>): ProxyHandler<T> {
  const has = (target: T, property: string): boolean => property in target && !hidden.has(property)
  return {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || LANGUAGE_PROBES.has(property) || has(target, property)) {
        return Reflect.get(target, property, receiver)
      }
      throw new NotImplementedInDouble(`${name}.${property}`)
    },
    has(target, property) {
      return typeof property === 'symbol' ? property in target : has(target, property)
    },
    set(target, property, value, receiver) {
      // Own state the double keeps on itself may change; new properties may not appear.
      if (typeof property === 'symbol' || has(target, property)) {
        return Reflect.set(target, property, value, receiver)
      }
      throw new NotImplementedInDouble(`${name}.${String(property)} (assignment)`)
    },
  }
}

/**
 * Wraps `target` so that reading or assigning any property it lacks throws. `hidden` names
 * members only the test drives (the page painting, say): to the app they do not exist.
 */
export function strict<T extends object>(name: string, target: T, hidden: string[] = []): T {
  return new Proxy(target, handler<T>(name, new Set(hidden)))
}
