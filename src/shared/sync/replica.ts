import type { ActivityEvent } from '../domain/progress/types'
import { BODY, deviceOfOpId, seqOfOpId, type EventOp, type Op, type SyncedCollection } from './ops'

/** One last-writer-wins register: the value written by the op with the largest (clock, id). */
export interface Register {
  readonly clock: string
  readonly opId: string
  /** null is a tombstone (on a record's body: the record is deleted). */
  readonly value: unknown
}

/** A progress event with the clock it was made at. */
export interface ClockedEvent {
  readonly clock: string
  readonly event: ActivityEvent
}

/** What applying ops changed: the records and progress keys whose merged state may differ. */
export interface MergeChanges {
  /** `collection\u0000recordId` of every record with a register that changed. */
  readonly records: Set<string>
  /** Events the replica had not seen, in the order they were applied. */
  readonly events: ClockedEvent[]
}

/** True when (clock a, id a) sorts after (clock b, id b): the order every merge uses. */
function isAfter(clockA: string, idA: string, clockB: string, idB: string): boolean {
  return clockA > clockB || (clockA === clockB && idA > idB)
}

/** The key of one record in {@link MergeChanges.records}. */
function recordKey(collection: SyncedCollection, recordId: string): string {
  return `${collection}\u0000${recordId}`
}

/** Splits a {@link recordKey} back into its collection and id. */
export function splitRecordKey(key: string): { collection: SyncedCollection; recordId: string } {
  const at = key.indexOf('\u0000')
  return { collection: key.slice(0, at) as SyncedCollection, recordId: key.slice(at + 1) }
}

/**
 * The merged state of every op seen, whatever order or how many times they arrived: a
 * grow-only set of progress events (unioned by event id) and last-writer-wins registers for
 * records. Applying is commutative, associative and idempotent, which is what lets devices
 * read each other's files in any order, again and again, and still agree.
 */
export class Replica {
  /** Register per record: `recordKey` → register name → register. */
  readonly #records = new Map<string, Map<string, Register>>()
  readonly #events = new Map<string, ClockedEvent>()
  /** Per progress key, the event that decides its state: the last by (clock, event id). */
  readonly #latestByKey = new Map<string, ClockedEvent>()
  /** Op ids already applied, so a duplicate costs one lookup. */
  readonly #seenOps = new Set<string>()
  /** Per device, the n such that its ops 1…n have all been applied (its ops can arrive out of order). */
  readonly #contiguous = new Map<string, number>()

  /** Applies `ops`; returns what changed. */
  apply(ops: Iterable<Op>): MergeChanges {
    const changes: MergeChanges = { records: new Set(), events: [] }
    for (const op of ops) this.#applyOne(op, changes)
    return changes
  }

  #applyOne(op: Op, changes: MergeChanges): void {
    if (this.#seenOps.has(op.id)) return
    this.#seenOps.add(op.id)
    this.#advanceContiguous(op.id)
    if (op.kind === 'event') {
      this.#applyEvent(op, changes)
      return
    }
    const key = recordKey(op.collection, op.recordId)
    let registers = this.#records.get(key)
    if (!registers) {
      registers = new Map()
      this.#records.set(key, registers)
    }
    const writes: [string, unknown][] =
      op.kind === 'remove' ? [[BODY, null]] : Object.entries(op.fields)
    for (const [name, value] of writes) {
      const current = registers.get(name)
      if (current && !isAfter(op.clock, op.id, current.clock, current.opId)) continue
      registers.set(name, { clock: op.clock, opId: op.id, value })
      changes.records.add(key)
    }
  }

  #applyEvent(op: EventOp, changes: MergeChanges): void {
    if (this.#events.has(op.event.id)) return
    const clocked: ClockedEvent = { clock: op.clock, event: op.event }
    this.#events.set(op.event.id, clocked)
    changes.events.push(clocked)
    const latest = this.#latestByKey.get(op.event.key)
    if (!latest || isAfter(op.clock, op.event.id, latest.clock, latest.event.id))
      this.#latestByKey.set(op.event.key, clocked)
  }

  #advanceContiguous(opId: string): void {
    const device = deviceOfOpId(opId)
    let upTo = this.#contiguous.get(device) ?? 0
    if (seqOfOpId(opId) !== upTo + 1) return
    while (this.#seenOps.has(`${device}:${upTo + 1}`)) upTo++
    this.#contiguous.set(device, upTo)
  }

  /**
   * What this replica has seen of each device: the n such that every op 1…n of it was
   * applied. Devices publish this (in `device.json`) so that others know when a delete has
   * reached everyone.
   */
  seen(): Record<string, number> {
    return Object.fromEntries(this.#contiguous)
  }

  /**
   * Drops deleted records whose every register was written by an op `isStable` says every
   * active device has seen (see compaction.ts); returns how many. A dropped record reads as
   * never seen, which is what a deleted one reads as, and the op ids stay known, so the same
   * ops read again change nothing.
   */
  compactTombstones(isStable: (opId: string) => boolean): number {
    let dropped = 0
    for (const [key, registers] of this.#records) {
      if (registers.get(BODY)?.value !== null) continue
      if (![...registers.values()].every((register) => isStable(register.opId))) continue
      this.#records.delete(key)
      dropped++
    }
    return dropped
  }

  /** How many deleted records are still held. */
  get tombstoneCount(): number {
    let count = 0
    for (const registers of this.#records.values())
      if (registers.has(BODY) && registers.get(BODY)?.value === null) count++
    return count
  }

  /** True once an op with this id was applied. */
  hasOp(opId: string): boolean {
    return this.#seenOps.has(opId)
  }

  /** The record's registers (body and fields), or undefined when no op named it. */
  registersOf(collection: SyncedCollection, recordId: string): ReadonlyMap<string, Register> {
    return this.#records.get(recordKey(collection, recordId)) ?? new Map()
  }

  /**
   * The merged record: its body with each field register laid over it, or null when it is
   * deleted or its body was never seen (a field edit arrived before the record itself).
   */
  recordOf(collection: SyncedCollection, recordId: string): Record<string, unknown> | null {
    const registers = this.#records.get(recordKey(collection, recordId))
    const body = registers?.get(BODY)?.value
    if (!registers || body === null || typeof body !== 'object' || body === undefined) return null
    const fields = new Map(Object.entries(body as Record<string, unknown>))
    for (const [name, register] of registers) {
      if (name === BODY) continue
      // A field set to null is cleared (an undeleted plan's `deletedAt`).
      if (register.value === null) fields.delete(name)
      else fields.set(name, register.value)
    }
    return Object.fromEntries(fields)
  }

  /** Every record key a register names. */
  recordKeys(): IterableIterator<string> {
    return this.#records.keys()
  }

  /** The event that decides `key`'s state, if any event touched it. */
  latestEventOf(key: string): ClockedEvent | undefined {
    return this.#latestByKey.get(key)
  }

  /** The clock of the event with this id, if seen. */
  eventClock(eventId: string): string | undefined {
    return this.#events.get(eventId)?.clock
  }

  /** Every event, ordered by (clock, event id): the merged activity log. */
  orderedEvents(): ClockedEvent[] {
    return [...this.#events.values()].sort((a, b) =>
      a.clock === b.clock ? compareText(a.event.id, b.event.id) : compareText(a.clock, b.clock),
    )
  }

  /** How many events are known. */
  get eventCount(): number {
    return this.#events.size
  }

  /**
   * Everything a user could see, as plain data in a fixed order: the property tests compare
   * replicas by it.
   */
  view(): { records: Record<string, Record<string, unknown> | null>; events: string[] } {
    const records: Record<string, Record<string, unknown> | null> = {}
    for (const key of [...this.#records.keys()].sort()) {
      const { collection, recordId } = splitRecordKey(key)
      records[key] = this.recordOf(collection, recordId)
    }
    return { records, events: this.orderedEvents().map((entry) => entry.event.id) }
  }

  /** How many distinct ops were applied: it goes up with every op that was new here. */
  get opCount(): number {
    return this.#seenOps.size
  }

  /**
   * Everything this replica holds, as plain data, to keep across starts (see
   * merged-state.ts): with it a start need not read every file of the folder again to know
   * which write wins. The op ids seen are kept as each device's unbroken run plus the ids past
   * a gap, which is what lets ops of a compacted record read again still change nothing.
   */
  snapshot(): ReplicaSnapshot {
    const extraOps: string[] = []
    for (const opId of this.#seenOps)
      if (seqOfOpId(opId) > (this.#contiguous.get(deviceOfOpId(opId)) ?? 0)) extraOps.push(opId)
    return {
      seen: this.seen(),
      extraOps,
      records: [...this.#records].map(([key, registers]) => [
        key,
        [...registers].map(([name, register]) => [
          name,
          register.clock,
          register.opId,
          register.value,
        ]),
      ]),
      events: [...this.#events.values()].map((entry) => [entry.clock, entry.event]),
    }
  }

  /** A replica holding exactly what {@link snapshot} took: applying more ops to it does what it did to the original. */
  static restore(snapshot: ReplicaSnapshot): Replica {
    const replica = new Replica()
    for (const [device, upTo] of Object.entries(snapshot.seen)) {
      replica.#contiguous.set(device, upTo)
      for (let seq = 1; seq <= upTo; seq++) replica.#seenOps.add(`${device}:${seq}`)
    }
    for (const opId of snapshot.extraOps) replica.#seenOps.add(opId)
    for (const [key, registers] of snapshot.records)
      replica.#records.set(
        key,
        new Map(registers.map(([name, clock, opId, value]) => [name, { clock, opId, value }])),
      )
    for (const [clock, event] of snapshot.events) {
      const clocked: ClockedEvent = { clock, event }
      replica.#events.set(event.id, clocked)
      const latest = replica.#latestByKey.get(event.key)
      if (!latest || isAfter(clock, event.id, latest.clock, latest.event.id))
        replica.#latestByKey.set(event.key, clocked)
    }
    return replica
  }
}

/**
 * A {@link Replica} as plain data (see {@link Replica.snapshot}): per device the n such that
 * its ops 1…n were applied, the other op ids applied, each record's registers as
 * `[name, clock, opId, value]`, and each event with its clock.
 */
export interface ReplicaSnapshot {
  seen: Record<string, number>
  extraOps: string[]
  records: [string, [string, string, string, unknown][]][]
  events: [string, ActivityEvent][]
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
