import { RECORD_ID_MAX } from '../text-limits'
import { LINKS_MAX, NOTES_MAX, progressStatuses } from './limits'
import { ProgressLinkSchema } from './types'

/**
 * Hand-written checks of the activity log's events and of progress records, as this app
 * writes them, for reading tens of thousands of them at once (the data file on start, the
 * events of a sync folder's segments).
 *
 * `ActivityEventSchema` and `ProgressRecordSchema` stay the definitions of record. These
 * checks only ever answer "certainly valid" (true) or "not sure" (false): a record they are
 * unsure of goes through the schema. They accept a record only when the schema would return
 * it unchanged: a plain object whose keys are exactly the schema's, holding no value the
 * schema would reshape. A property
 * test holds them to the schema's answers on arbitrary, mutated and near-limit records.
 */

const EVENT_FIELDS = ['id', 'at', 'key', 'before', 'after', 'cause', 'batchId']
const STATE_FIELDS = ['status', 'level', 'notes', 'links']
const EVENT_KEYS = keysOf(EVENT_FIELDS)
const EVENT_KEYS_WITH_ORIGIN = keysOf([...EVENT_FIELDS, 'origin'])
const STATE_KEYS = keysOf(STATE_FIELDS)
const RECORD_KEYS = keysOf(['key', ...STATE_FIELDS, 'updatedAt'])
const LINK_KEYS = keysOf(['url', 'label'])
const LINK_LABEL_MAX = 200
const PROGRESS_KEY_MAX = RECORD_ID_MAX + 8

/** `z.iso.datetime()`'s shape, UTC only; days past the 28th are checked against their month. */
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/
const ORIGIN_ID = /^[A-Za-z0-9_-]{6,64}$/

const STATUSES: ReadonlySet<unknown> = new Set(progressStatuses)
const CAUSES: ReadonlySet<unknown> = new Set(['edit', 'reset', 'undo'])

/** True when `value` is certainly an `ActivityEvent` the schema takes as it is. */
export function isCertainlyValidEvent(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const origin = (value as Record<string, unknown>)['origin']
  if (!hasKeys(value, origin === undefined ? EVENT_KEYS : EVENT_KEYS_WITH_ORIGIN)) return false
  return (
    isText(value['id'], 1, RECORD_ID_MAX) &&
    isDateTime(value['at']) &&
    isProgressKey(value['key']) &&
    isState(value['before']) &&
    isState(value['after']) &&
    CAUSES.has(value['cause']) &&
    isText(value['batchId'], 1, RECORD_ID_MAX) &&
    (origin === undefined || (typeof origin === 'string' && ORIGIN_ID.test(origin)))
  )
}

/** True when `value` is certainly a `ProgressRecord` the schema takes as it is. */
export function isCertainlyValidRecord(value: unknown): boolean {
  return (
    hasKeys(value, RECORD_KEYS) &&
    isStateFields(value) &&
    isProgressKey(value['key']) &&
    isDateTime(value['updatedAt'])
  )
}

/** An object's allowed keys: as a set, and in the order the schema writes them. */
interface Keys {
  readonly ordered: readonly string[]
  readonly set: ReadonlySet<string>
}

function keysOf(ordered: readonly string[]): Keys {
  return { ordered, set: new Set(ordered) }
}

/**
 * True when `value` is a plain object whose own keys are exactly `keys`, in any order (zod
 * would write them in the schema's order; the data file keeps the order they were made in).
 * A `for…in` walk allocates nothing, which counts over 150,000 objects. A key in the schema's
 * place is taken without a look-up in the set: nearly every key is, and the look-ups cost
 * more than the rest of the walk.
 */
function hasKeys(value: unknown, keys: Keys): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  let count = 0
  for (const key in value) {
    if (key !== keys.ordered[count] && !keys.set.has(key)) return false
    // Only own keys are counted: an inherited enumerable key is left to the schema.
    if (!Object.hasOwn(value, key)) return false
    count++
  }
  return count === keys.set.size
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max
}

/**
 * YYYY-MM-DD…, read without slicing (it runs on every event of a sync or a start): most days
 * are the 28th or before, valid in every month; the rest are held to their month's length.
 */
function isDateTime(value: unknown): boolean {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return false
  const day = digitsAt(value, 8)
  if (day <= 28) return true
  const month = digitsAt(value, 5)
  if (month === 2) {
    const year = digitsAt(value, 0) * 100 + digitsAt(value, 2)
    return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
}

/** The two-digit number at `at` in `text` (its characters are digits: the pattern said so). */
function digitsAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48)
}

/**
 * `ProgressKeySchema`'s answer, read character by character: this runs on every event of a
 * sync or a start, and slicing the key and matching its id with a pattern cost a fifth of
 * checking the whole event. Skill ids are also held to their own length (the schema only
 * bounds the whole key), so a longer one is left to the schema.
 */
function isProgressKey(key: unknown): boolean {
  if (typeof key !== 'string' || key.length > PROGRESS_KEY_MAX) return false
  switch (key.charCodeAt(0)) {
    case 115: // s
      return key.startsWith('skill:') && key.length - 6 <= RECORD_ID_MAX && isWordsFrom(key, 6)
    case 116: // t
      return key.startsWith('tip:') && isWordsFrom(key, 4)
    case 99: // c
      return key.startsWith('custom:') && isCustomIdFrom(key, 7)
    default:
      return false
  }
}

/** `/^[a-z0-9]+(?:-[a-z0-9]+)*$/` on `text` from `from`: words joined by single hyphens. */
function isWordsFrom(text: string, from: number): boolean {
  // Starts as if after a hyphen: a leading hyphen, or nothing at all, is refused.
  let afterHyphen = true
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 45) {
      if (afterHyphen) return false
      afterHyphen = true
    } else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) afterHyphen = false
    else return false
  }
  return !afterHyphen
}

/** `/^[A-Za-z0-9-]{1,64}$/` on `text` from `from`. */
function isCustomIdFrom(text: string, from: number): boolean {
  const length = text.length - from
  if (length < 1 || length > 64) return false
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!(
      code === 45 ||
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122)
    ))
      return false
  }
  return true
}

function isState(value: unknown): boolean {
  return hasKeys(value, STATE_KEYS) && isStateFields(value)
}

/** The fields a progress record shares with a state, whatever other keys it has. */
function isStateFields(value: Record<string, unknown>): boolean {
  const level = value['level']
  const links = value['links']
  if (!STATUSES.has(value['status'])) return false
  if (!(level === null || level === 0 || level === 1 || level === 2 || level === 3 || level === 4))
    return false
  if (!isText(value['notes'], 0, NOTES_MAX)) return false
  if (!Array.isArray(links) || links.length > LINKS_MAX) return false
  if (Object.getPrototypeOf(links) !== Array.prototype) return false
  for (let i = 0; i < links.length; i++) if (!isLink(links[i])) return false
  return true
}

function isLink(value: unknown): boolean {
  return (
    hasKeys(value, LINK_KEYS) &&
    isText(value['label'], 0, LINK_LABEL_MAX) &&
    typeof value['url'] === 'string' &&
    isSchemaUrl(value['url'])
  )
}

const UrlSchema = ProgressLinkSchema.shape.url
/** URLs the schema took unchanged: the same few links come back in record after record. */
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
