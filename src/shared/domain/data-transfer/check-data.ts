import type { UserData } from './export-document'
import { keysWithBrokenHistory } from './history-chains'
import { recordsFromLog } from './merge-log'
import { sameRecord } from './same-record'

/** What the app already has that an import's references may point at. */
export interface Library {
  /** Ids of the built-in roles this app ships. */
  roleIds: ReadonlySet<string>
  /** Ids of the articles this app ships, which built-in roles cite. */
  articleIds: ReadonlySet<string>
}

/** Problems refuse the file; warnings are shown with the preview and do not stop the import. */
export interface DataCheck {
  problems: string[]
  warnings: string[]
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}

function uniqueIds(data: UserData<unknown>): string[] {
  const collections: [string, string[]][] = [
    ['role', data.roles.map((role) => role.id)],
    ['article', data.articles.map((article) => article.id)],
    ['saved comparison', data.comparisons.map((comparison) => comparison.id)],
    ['plan', data.plans.map((plan) => plan.id)],
    ['progress record for', data.progress.map((record) => record.key)],
    ['logged change', data.activity.map((event) => event.id)],
  ]
  const problems = collections.flatMap(([what, ids]) =>
    duplicates(ids).map((id) => `It lists the ${what} "${id}" more than once.`),
  )
  for (const plan of data.plans) {
    for (const key of duplicates(plan.items.map((item) => item.key))) {
      problems.push(`The plan "${plan.title}" lists the item "${key}" more than once.`)
    }
  }
  return problems
}

/**
 * Progress records must be exactly what replaying the activity log gives, as in the data file:
 * one record per key the log touches, holding its last event's state and time.
 */
function progressMatchesLog(data: UserData<unknown>): string[] {
  const expected = new Map(recordsFromLog(data.activity, []).map((record) => [record.key, record]))
  const problems: string[] = []
  const recorded = new Set<string>()
  for (const record of data.progress) {
    recorded.add(record.key)
    if (!sameRecord(expected.get(record.key), record)) {
      problems.push(`The progress of "${record.key}" does not match its logged changes.`)
    }
  }
  for (const key of expected.keys()) {
    if (!recorded.has(key))
      problems.push(`The changes logged for "${key}" have no progress record.`)
  }
  return problems
}

/**
 * A record of the user's must never take a built-in id: an article with a built-in article's
 * id would have built-in roles cite it (a spoofed source), a role with a built-in role's id
 * would replace that role.
 */
function builtInIdsTaken(data: UserData<unknown>, library: Library): string[] {
  return [
    ...data.roles
      .filter((role) => library.roleIds.has(role.id))
      .map(
        (role) =>
          `Its role "${role.name}" has the id "${role.id}", which belongs to a built-in role.`,
      ),
    ...data.articles
      .filter((article) => library.articleIds.has(article.id))
      .map(
        (article) =>
          `Its article "${article.title}" has the id "${article.id}", which belongs to a built-in article.`,
      ),
  ]
}

/**
 * The activity log read as history: events in time order, as the app appends them and as a
 * merge joins two logs. A log out of order would replay to records the user never had at
 * those times, and "as of" views and merges go by these times.
 */
function logInTimeOrder(data: UserData<unknown>): string[] {
  for (let i = 1; i < data.activity.length; i++) {
    const previous = data.activity[i - 1]
    const event = data.activity[i]
    if (previous && event && Date.parse(event.at) < Date.parse(previous.at)) {
      return [
        `Its logged change "${event.id}" (${event.at}) comes after one made later (${previous.at}); the log is out of order.`,
      ]
    }
  }
  return []
}

/**
 * The activity log read as each copy's history (see keysWithBrokenHistory): a change that
 * starts from a value its key never held would have Undo write that value back.
 */
function historyHoldsTogether(data: UserData<unknown>): string[] {
  const broken = keysWithBrokenHistory(data.activity).length
  if (broken === 0) return []
  const keys = broken === 1 ? '1 progress item' : `${broken} progress items`
  return [
    `Its activity log does not hold together for ${keys}: a logged change starts from a value the item never had. Role Atlas never writes such a log; the file may have been edited by hand.`,
  ]
}

function missingRoleWarnings(data: UserData<unknown>, library: Library): string[] {
  const inFile = new Set(data.roles.map((role) => role.id))
  const known = (id: string): boolean => library.roleIds.has(id) || inFile.has(id)
  const comparisons = data.comparisons.filter((comparison) => !comparison.roleIds.every(known))
  const plans = data.plans.filter(({ source }) => {
    if (source.kind === 'role') return !known(source.roleId)
    if (source.kind === 'transition') return !known(source.fromId) || !known(source.toId)
    return false
  })
  const warnings: string[] = []
  if (comparisons.length > 0) {
    warnings.push(
      `${comparisons.length === 1 ? '1 saved comparison names' : `${comparisons.length} saved comparisons name`} a role that is neither in the file nor in this app's library; it will be shown as missing.`,
    )
  }
  if (plans.length > 0) {
    warnings.push(
      `${plans.length === 1 ? '1 plan was' : `${plans.length} plans were`} made for a role that is neither in the file nor in this app's library; its items and progress are kept.`,
    )
  }
  return warnings
}

/**
 * Checks an export's records against each other, after their shapes are valid: ids unique per
 * kind and none a built-in one, items unique per plan, the log in time order and holding
 * together per copy, progress equal
 * to its replayed log (problems); comparisons and
 * plans naming roles found neither in the file nor in the app (warnings: the app itself keeps
 * such references when a role leaves the library, and shows them as missing).
 */
export function checkData(data: UserData<unknown>, library: Library): DataCheck {
  return {
    problems: [
      ...uniqueIds(data),
      ...builtInIdsTaken(data, library),
      ...logInTimeOrder(data),
      ...historyHoldsTogether(data),
      ...progressMatchesLog(data),
    ],
    warnings: missingRoleWarnings(data, library),
  }
}
