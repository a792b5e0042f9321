import type { z } from 'zod'

/**
 * The fields a user types into, by the name they have in the contract, as the user knows
 * them. Any other field is filled in by the app itself, so a bad value there is the app's
 * fault, not something the user can fix by typing.
 */
const typedFields: Readonly<Record<string, string>> = {
  label: "The item's text",
  title: 'The title',
  notes: 'The notes',
  tags: 'The tags',
  text: 'The text',
  name: 'The name',
  url: 'The link',
  links: 'The links',
  roleIds: 'The list of roles',
  roles: 'The roles',
  asOf: 'The date',
}

/**
 * Said when a value the app fills in (an id, a key, an address typed into the URL) is wrong:
 * nothing the user can retype fixes it, so it says to go back.
 */
export const APP_FAULT_MESSAGE =
  'Role Atlas could not do that: part of what it was asked was not valid. Go back and try again.'

/** The user's name for the field at `path`, from its innermost named part; none for the app's own. */
function fieldName(path: readonly PropertyKey[]): string | undefined {
  const named = path.filter((part): part is string => typeof part === 'string')
  // A link's label is the link's, not an item's text.
  if (named.at(-2) === 'links' && named.at(-1) === 'label') return "The link's label"
  const last = named.at(-1)
  return last === undefined ? undefined : typedFields[last]
}

function sizeLimit(issue: { maximum?: unknown; minimum?: unknown }): string {
  return String(issue.maximum ?? issue.minimum ?? '')
}

/**
 * A plain sentence that says what went wrong with one value and what to do about it, in
 * place of zod's own wording ("Too big: expected string to have <=500 characters"). Used as
 * a per-parse error map, so a message a schema sets itself ("Compare at most four roles.")
 * still wins: those are written for users already.
 */
const plainIssueMessage = (issue: z.core.$ZodRawIssue): string => {
  const field = fieldName(issue.path ?? [])
  if (!field) return APP_FAULT_MESSAGE
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return `${field} is too long: shorten it to ${sizeLimit(issue)} characters or fewer and try again.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${field}: at most ${sizeLimit(issue)} are allowed. Remove some and try again.`
      return `${field} is too large: make it ${sizeLimit(issue)} or less and try again.`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `${field} is empty: fill it in and try again.`
          : `${field} is too short: make it at least ${sizeLimit(issue)} characters and try again.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${field}: at least ${sizeLimit(issue)} are needed. Add more and try again.`
      return `${field} is too small: make it at least ${sizeLimit(issue)} and try again.`
    case 'invalid_format':
      if (issue.format === 'date')
        return `${field} is not a date Role Atlas can read: pick a day such as 2026-12-05 and try again.`
      if (issue.format === 'url')
        return `${field} is not a web address: use one that starts with https:// and try again.`
      return `${field} is not in a form Role Atlas can read: check it and try again.`
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is missing: fill it in and try again.`
        : `${field} is not in a form Role Atlas can read: check it and try again.`
    default:
      return `${field} is not something Role Atlas can use: check it and try again.`
  }
}

/**
 * Parses `input` with `schema`; on failure, the one sentence a user reads: the first issue,
 * in the plain words of {@link plainIssueMessage}. Every path from a failed validation to the
 * screen goes through here, so zod's own wording never reaches a user.
 */
export function parseForUser<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; message: string } {
  const parsed = schema.safeParse(input, { error: plainIssueMessage })
  if (parsed.success) return { ok: true, value: parsed.data }
  const [issue] = parsed.error.issues
  if (!issue) return { ok: false, message: APP_FAULT_MESSAGE }
  // A schema's own message wins over the error map; one that is not a sentence for users
  // ("must be lower-case words joined by hyphens") is replaced here.
  if (SENTENCE.test(issue.message)) return { ok: false, message: issue.message }
  const field = fieldName(issue.path)
  return {
    ok: false,
    message: field
      ? `${field} is not something Role Atlas can use: check it and try again.`
      : APP_FAULT_MESSAGE,
  }
}

/** Starts with a capital and ends with a full stop: written for a user to read. */
const SENTENCE = /^[A-Z][\s\S]*[.!?]$/
