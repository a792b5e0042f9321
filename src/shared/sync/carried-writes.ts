import type { SyncedCollection } from './ops'
import { BODY } from './ops'
import type { RegisterWrite, Replica } from './replica'

/** A write to carry over, before it gets its new op id: one record's registers at one clock. */
export interface CarriedOp {
  readonly kind: 'put' | 'remove'
  readonly collection: SyncedCollection
  readonly recordId: string
  /** The clock it was first made at, kept so it competes with other edits as it always did. */
  readonly clock: string
  /** The registers it writes (a remove writes none: it is the tombstone). */
  readonly fields: Readonly<Record<string, unknown>>
}

/**
 * What a copy of a profile (a copied user-data folder, a restored backup) must publish again
 * once it finds another copy writing under its device id and takes a new one: its own writes
 * (`writes`, as its merged state held them before) that the folder, as now merged in
 * `replica`, lacks. The other copy's ops under the shared ids may have taken their place in
 * the folder (a syncer that keeps one version, a conflict copy deleted before it was read);
 * published again under the new id, at the clock they were made at, they are read everywhere
 * and win or lose against other edits exactly as they did here. A write the folder holds, or
 * one a later write of the same register has overtaken, is left out: it would change nothing.
 * One op per record and original op, so a change made as one stays one.
 */
export function writesToCarry(writes: readonly RegisterWrite[], replica: Replica): CarriedOp[] {
  const ops = new Map<string, { write: RegisterWrite; fields: Record<string, unknown> }>()
  for (const write of writes) {
    const current = replica.registersOf(write.collection, write.recordId).get(write.name)
    if (current !== undefined && !isMissing(write, current)) continue
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
  return carried
}

/**
 * True when `current`, the register as the folder now holds it, lacks `write`: it is older, or
 * as old but another value (the other copy's version of the same op).
 */
function isMissing(write: RegisterWrite, current: { clock: string; value: unknown }): boolean {
  if (write.clock !== current.clock) return write.clock > current.clock
  return (
    write.value !== current.value && JSON.stringify(write.value) !== JSON.stringify(current.value)
  )
}
