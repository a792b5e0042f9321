import { z } from 'zod'
import { PlanSchema } from '../../../shared/domain/progress/types'
import { ArticleRefSchema, RoleSchema } from '../../../shared/domain/role'
import { SavedComparisonSchema } from '../../../shared/domain/saved-comparison'
import { BODY, type SyncedCollection } from '../../../shared/sync/ops'
import { syncedSettingsOf } from '../../../shared/sync/settings'
import type { Db } from '../../store/schema'

type AnyRecord = Readonly<Record<string, unknown>>

/** How one kind of record is found in the data file and cut into registers. */
export interface CollectionAdapter {
  /** The records of this kind that sync, by id. */
  records(db: Readonly<Db>): Map<string, AnyRecord>
  /** Fields two machines commonly edit apart; each merges on its own, the rest as the body. */
  perField: readonly string[]
  /** What a merged record must be before it goes into the data file. */
  schema: z.ZodType
  /** Puts (or, with null, removes) the merged record into a draft. */
  write(draft: Db, recordId: string, record: AnyRecord | null): void
}

/** The one record id under which synced settings travel. */
export const SETTINGS_ID = 'app'

function listAdapter(
  key: 'plans' | 'comparisons' | 'roles' | 'articles',
  perField: readonly string[],
  schema: z.ZodType,
  include: (record: AnyRecord) => boolean = () => true,
): CollectionAdapter {
  return {
    perField,
    schema,
    records: (db) => {
      const byId = new Map<string, AnyRecord>()
      for (const record of db[key] as readonly AnyRecord[])
        if (include(record)) byId.set(record['id'] as string, record)
      return byId
    },
    write: (draft, recordId, record) => {
      const list = draft[key] as AnyRecord[]
      const index = list.findIndex((existing) => existing['id'] === recordId)
      if (record === null) {
        if (index !== -1) list.splice(index, 1)
      } else if (index === -1) list.push(record)
      else list[index] = record
    },
  }
}

/** Every synced kind of record. Built-in roles come from each machine's catalog, not sync. */
export const adapters: Record<SyncedCollection, CollectionAdapter> = {
  plans: listAdapter('plans', ['title', 'items', 'archived', 'deletedAt'], PlanSchema),
  comparisons: listAdapter(
    'comparisons',
    ['title', 'notes', 'tags', 'deletedAt'],
    SavedComparisonSchema,
  ),
  roles: listAdapter('roles', [], RoleSchema, (role) => role['origin'] !== 'builtin'),
  articles: listAdapter('articles', [], ArticleRefSchema),
  settings: {
    perField: [],
    schema: z.record(z.string(), z.unknown()),
    records: (db) => new Map([[SETTINGS_ID, syncedSettingsOf(db.settings)]]),
    write: (draft, _recordId, record) => {
      // Device-local settings stay as they are; synced ones take the merged values.
      draft.settings = { ...draft.settings, ...(record ?? {}) }
    },
  },
}

/** A record cut into its registers: the body (all but per-field fields) and each per-field field. */
export function registersOfRecord(
  adapter: CollectionAdapter,
  record: AnyRecord,
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const registers: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(record)) {
    if (adapter.perField.includes(name)) registers[name] = value
    else body[name] = value
  }
  // An absent per-field field (a plan never deleted) is written as null, so it clears.
  for (const name of adapter.perField) registers[name] ??= null
  registers[BODY] = body
  return registers
}
