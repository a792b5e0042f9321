/**
 * The saved comparisons `renderer.compare.onet` opens: four O*NET occupations of the real
 * catalog each, the longest lists the app compares (up to 40 tools, 20-odd skills and 6–10
 * responsibilities per column, against a generated role's dozen items). They are added to the
 * data file of the catalog's roles alone beside its generated comparisons, which
 * `renderer.catalog.compare` keeps to.
 */
import type { Db } from '../../src/main/store/schema'
import type { SavedComparison } from '../../src/shared/domain/saved-comparison'

const TITLE = 'Four O*NET occupations'
// Before the generated comparisons (from 2025-01-06), so the saved list keeps their order.
const SAVED_AT = '2024-12-01T08:00:00.000Z'

/** One of the comparisons {@link withOnetComparisons} adds. */
export function isOnetComparison(comparison: SavedComparison): boolean {
  return comparison.title.startsWith(TITLE)
}

/**
 * `db` with a saved comparison for each four O*NET occupations in catalog order (every one
 * opened, none twice): nine for the 38 of catalog 3. Their ids are padded to one length, so
 * no link's `saved=<id>` is a prefix of another's.
 */
export function withOnetComparisons(db: Db): Db {
  const occupations = db.roles.filter((role) => role.kind === 'occupation')
  const added: SavedComparison[] = []
  for (let at = 0; at + 4 <= occupations.length; at += 4) {
    const roles = occupations.slice(at, at + 4)
    const n = added.length + 1
    added.push({
      id: `onet-comparison-${String(n).padStart(3, '0')}`,
      title: `${TITLE} ${n}`,
      roleIds: roles.map((role) => role.id),
      roleNames: roles.map((role) => role.name),
      notes: '',
      tags: [],
      createdAt: SAVED_AT,
      updatedAt: SAVED_AT,
    })
  }
  if (added.length === 0) throw new Error('the catalog has fewer than four O*NET occupations')
  return { ...db, comparisons: [...db.comparisons, ...added] }
}
