import { LINKS_MAX, NOTES_MAX } from '../domain/progress/limits'
import { ProgressLinkSchema } from '../domain/progress/types'
import { RECORD_ID_MAX } from '../domain/text-limits'
import { isStamp } from './hlc'
import { OpSchema, syncedCollections, type Op } from './ops'

/**
 * Reads one op from a segment: the op when {@link OpSchema} accepts it, otherwise null.
 *
 * `OpSchema` stays the definition of record. Parsing 50,000 ops through it cost more than
 * reading their bytes twice over, so the ops our own writer makes (plain objects whose keys
 * come in the schema's order, no unusual dates) are recognised by the hand-written
 * check below and taken as they are. That check only ever says "certainly valid" or "not
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
const EVENT_KEYS = ['id', 'at', 'key', 'before', 'after', 'cause', 'batchId']
const STATE_KEYS = ['status', 'level', 'notes', 'links']
const LINK_KEYS = ['url', 'label']
const LINK_LABEL_MAX = 200

const OP_ID = /^[A-Za-z0-9_-]{6,64}:[1-9]\d{0,15}$/
/**
 * ISO date-times in UTC with a day of 1 to 31; {@link isPlainDateTime} then holds the day to
 * its month's length.
 */
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/
const WORDS = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CUSTOM_ID = /^[A-Za-z0-9-]{1,64}$/
const PROGRESS_KEY_MAX = RECORD_ID_MAX + 8
const FIELD_NAME_MAX = 64
const OP_RECORD_ID_MAX = 200

const COLLECTIONS: ReadonlySet<unknown> = new Set(syncedCollections)
const STATUSES: ReadonlySet<unknown> = new Set(['todo', 'learning', 'done', 'skipped'])
const CAUSES: ReadonlySet<unknown> = new Set(['edit', 'reset', 'undo'])

/** True when `value` is a plain object whose own keys are exactly `keys`, in that order. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  const own = Object.keys(value)
  if (own.length !== keys.length) return false
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false
  return true
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
  if (kind === 'event') return isPlainEvent(op['event'])
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

function isPlainEvent(value: unknown): boolean {
  if (!hasKeys(value, EVENT_KEYS)) return false
  return (
    isText(value['id'], 1, RECORD_ID_MAX) &&
    typeof value['at'] === 'string' &&
    isPlainDateTime(value['at']) &&
    isPlainKey(value['key']) &&
    isPlainState(value['before']) &&
    isPlainState(value['after']) &&
    CAUSES.has(value['cause']) &&
    isText(value['batchId'], 1, RECORD_ID_MAX)
  )
}

/**
 * True when `text` is a date-time the schema takes: a real day of the Gregorian calendar (the
 * schema's pattern knows month lengths and leap years too). Without the month lengths, one
 * event in ten (dated the 29th to the 31st) went to the schema and cost a third of reading.
 */
function isPlainDateTime(text: string): boolean {
  if (!DATE_TIME.test(text)) return false
  const day = digitsAt(text, 8)
  if (day <= 28) return true
  const month = digitsAt(text, 5)
  if (month === 2) {
    const year = digitsAt(text, 0) * 100 + digitsAt(text, 2)
    return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
}

/** The two-digit number at `at` in `text` (its characters are digits: the caller checked). */
function digitsAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48)
}

function isPlainKey(key: unknown): boolean {
  if (typeof key !== 'string' || key.length > PROGRESS_KEY_MAX) return false
  const colon = key.indexOf(':')
  const id = key.slice(colon + 1)
  switch (key.slice(0, colon)) {
    case 'skill':
      return id.length <= RECORD_ID_MAX && WORDS.test(id)
    case 'tip':
      return WORDS.test(id)
    case 'custom':
      return CUSTOM_ID.test(id)
    default:
      return false
  }
}

function isPlainState(value: unknown): boolean {
  if (!hasKeys(value, STATE_KEYS)) return false
  const level = value['level']
  const links = value['links']
  return (
    STATUSES.has(value['status']) &&
    (level === null || level === 0 || level === 1 || level === 2 || level === 3 || level === 4) &&
    isText(value['notes'], 0, NOTES_MAX) &&
    Array.isArray(links) &&
    links.length <= LINKS_MAX &&
    links.every(isPlainLink)
  )
}

function isPlainLink(value: unknown): boolean {
  return (
    hasKeys(value, LINK_KEYS) &&
    isText(value['label'], 0, LINK_LABEL_MAX) &&
    typeof value['url'] === 'string' &&
    isSchemaUrl(value['url'])
  )
}

const UrlSchema = ProgressLinkSchema.shape.url
/** URLs the schema took unchanged: the same few links come back in event after event. */
const knownUrls = new Map<string, boolean>()
const KNOWN_URLS_MAX = 10_000

/** The schema's own answer on a link's URL (it checks URLs closely), remembered. */
function isSchemaUrl(url: string): boolean {
  let known = knownUrls.get(url)
  if (known === undefined) {
    const parsed = UrlSchema.safeParse(url)
    known = parsed.success && parsed.data === url
    if (knownUrls.size >= KNOWN_URLS_MAX) knownUrls.clear()
    knownUrls.set(url, known)
  }
  return known
}
