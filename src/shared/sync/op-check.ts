import { isCertainlyValidEvent } from '../domain/progress/certainly-valid'
import { isStamp } from './hlc'
import { OpSchema, syncedCollections, type Op } from './ops'

/**
 * Reads one op from a segment: the op when {@link OpSchema} accepts it, otherwise null.
 *
 * `OpSchema` stays the definition of record. Parsing 50,000 ops through it cost more than
 * reading their bytes twice over, so the ops our own writer makes (plain objects whose keys
 * come in the schema's order, no unusual dates) are recognised by the hand-written
 * check below, and their events by the data file's own ({@link isCertainlyValidEvent}), and
 * taken as they are. That check only ever says "certainly valid" or "not
 * sure": whatever it is unsure of goes through the schema. A property test holds the two to
 * the same answer, and the same output, on arbitrary and mutated ops.
 */
export function readOp(value: unknown): Op | null {
  if (isPlainOp(value)) return value
  const parsed = OpSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * Reads a list of ops, or null when any of them is not an op (a segment is used whole or not
 * at all).
 */
export function readOps(values: readonly unknown[]): Op[] | null {
  const ops: Op[] = new Array<Op>(values.length)
  for (let i = 0; i < values.length; i++) {
    const op = readOp(values[i])
    if (op === null) return null
    ops[i] = op
  }
  return ops
}

const EVENT_OP_KEYS = ['kind', 'id', 'clock', 'event']
const PUT_OP_KEYS = ['kind', 'id', 'clock', 'collection', 'recordId', 'fields']
const REMOVE_OP_KEYS = ['kind', 'id', 'clock', 'collection', 'recordId']

const OP_ID = /^[A-Za-z0-9_-]{6,64}:[1-9]\d{0,15}$/
const FIELD_NAME_MAX = 64
const OP_RECORD_ID_MAX = 200

const COLLECTIONS: ReadonlySet<unknown> = new Set(syncedCollections)

/**
 * True when `value` is a plain object whose own keys are exactly `keys`, in that order. A
 * `for…in` walk allocates nothing (`Object.keys` made a list per op, 50,000 in a first merge);
 * an inherited enumerable key it meets is not one of `keys` in its place, and leaves the op to
 * the schema.
 */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  let count = 0
  for (const key in value) {
    if (key !== keys[count] || !Object.hasOwn(value, key)) return false
    count++
  }
  return count === keys.length
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max
}

/** True when the op is certainly one the schema accepts unchanged. */
function isPlainOp(value: unknown): value is Op {
  if (typeof value !== 'object' || value === null) return false
  const op = value as Record<string, unknown>
  const kind = op['kind']
  const keys =
    kind === 'event'
      ? EVENT_OP_KEYS
      : kind === 'put'
        ? PUT_OP_KEYS
        : kind === 'remove'
          ? REMOVE_OP_KEYS
          : null
  if (keys === null || !hasKeys(op, keys)) return false
  if (typeof op['id'] !== 'string' || !OP_ID.test(op['id'])) return false
  if (typeof op['clock'] !== 'string' || !isStamp(op['clock'])) return false
  if (kind === 'event') return isCertainlyValidEvent(op['event'])
  if (!COLLECTIONS.has(op['collection']) || !isText(op['recordId'], 1, OP_RECORD_ID_MAX))
    return false
  return kind === 'remove' || isPlainFields(op['fields'])
}

function isPlainFields(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  for (const name of Object.keys(value)) {
    // A `__proto__` key from JSON is an own property; the schema's copy would not keep it so.
    if (name.length < 1 || name.length > FIELD_NAME_MAX || name === '__proto__') return false
    // `undefined` cannot come from JSON; leave anything unusual to the schema.
    if ((value as Record<string, unknown>)[name] === undefined) return false
  }
  return true
}
