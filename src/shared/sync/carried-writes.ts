import type { ActivityEvent } from '../domain/progress/types'
import { BODY, type SyncedCollection } from './ops'
import type { ClockedEvent, RegisterWrite } from './replica'

/** A change to carry over, before it gets its new op id, at the clock it was first made at. */
export type CarriedOp =
  | {
      readonly kind: 'put' | 'remove'
      readonly collection: SyncedCollection
      readonly recordId: string
      readonly clock: string
      /** The registers it writes (a remove writes none: it is the tombstone). */
      readonly fields: Readonly<Record<string, unknown>>
    }
  | { readonly kind: 'event'; readonly clock: string; readonly event: ActivityEvent }

/** What a copy held under the id it is leaving: its own register writes and events. */
export interface OwnChanges {
  readonly writes: readonly RegisterWrite[]
  readonly events: readonly ClockedEvent[]
}

/**
 * What a copy of a profile (a copied user-data folder, a restored backup) publishes again
 * once it finds another copy writing under its device id and takes a new one: its own
 * changes under the old id (`own`, as its merged state held them when it noticed). The
 * folder can no longer be trusted to keep them under that id: a syncer that keeps one version
 * of a file (a network share, a conflict copy deleted too soon) may yet put the other copy's
 * ops in their place, on every computer, even after this one has read its own. Published
 * again under the new id, at the clock each was made at, they win or lose against other
 * edits exactly as they did here, and read where they are already held they change nothing.
 * Only the writes still held are in `own` (one a later write overtook would change nothing).
 * One op per record and original op, so a change made as one stays one.
 */
export function changesToCarry(own: OwnChanges): CarriedOp[] {
  const ops = new Map<string, { write: RegisterWrite; fields: Record<string, unknown> }>()
  for (const write of own.writes) {
    const key = `${write.collection}\u0000${write.recordId}\u0000${write.opId}`
    const op = ops.get(key) ?? { write, fields: {} }
    op.fields[write.name] = write.value
    ops.set(key, op)
  }
  const carried: CarriedOp[] = []
  for (const { write, fields } of ops.values()) {
    const { collection, recordId, clock } = write
    const { [BODY]: body, ...others } = fields
    // A tombstone travels as a delete, as it was made; fields written beside it as a put.
    const deleted = BODY in fields && body === null
    if (deleted) carried.push({ kind: 'remove', collection, recordId, clock, fields: {} })
    const rest = deleted ? others : fields
    if (Object.keys(rest).length > 0)
      carried.push({ kind: 'put', collection, recordId, clock, fields: rest })
  }
  for (const { clock, event } of own.events) carried.push({ kind: 'event', clock, event })
  return carried
}
