import type { ActivityEvent } from '../domain/progress/types'
import { AppliedOpIds } from './applied-ops'
import { inClockOrder } from './clock-order'
import { isStampOf } from './hlc'
import { BODY, isOpOfDevice, type EventOp, type Op, type SyncedCollection } from './ops'

/** One last-writer-wins register: the value written by the op with the largest (clock, id). */
export interface Register {
  readonly clock: string
  readonly opId: string
  /** null is a tombstone (on a record's body: the record is deleted). */
  readonly value: unknown
}

/** One register as an op wrote it: the record, the register's name, and the write. */
export interface RegisterWrite extends Register {
  readonly collection: SyncedCollection
  readonly recordId: string
  readonly name: string
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
  /**
   * Events the replica had not seen, in the order they were applied, then those it had seen
   * that another op of theirs re-clocked (see {@link decidesOver}): each once, as it now stands.
   */
  readonly events: ClockedEvent[]
  /** The progress keys those events name, each once: the keys whose state may differ. */
  readonly keys: ActivityEvent['key'][]
}

/** True when (clock a, id a) sorts after (clock b, id b): the order every merge uses. */
function isAfter(clockA: string, idA: string, clockB: string, idB: string): boolean {
  return clockA > clockB || (clockA === clockB && idA > idB)
}

/**
 * True when a write (`clock`, `opId`, `value`) of a register sorts after the `current` one:
 * by clock and op id as always, and between two versions of one op (a copied profile wrote
 * both under one id, see {@link Replica}) by their JSON, so either order of arrival keeps the
 * same one. The same version read again does not win: nothing changes.
 */
function wins(clock: string, opId: string, value: unknown, current: Register): boolean {
  if (clock !== current.clock || opId !== current.opId)
    return isAfter(clock, opId, current.clock, current.opId)
  return value !== current.value && JSON.stringify(value) > JSON.stringify(current.value)
}

/**
 * True when an event stamped `clock` decides over `known`, the same event (by id) under
 * another op: the earlier clock does, so a copy published again later (a cloned profile
 * joining the folder with events the original also publishes) can never move an event past
 * changes made after it. Stamps of two devices never tie (a stamp ends in its device id);
 * under one id (a clone before it noticed) the event's own JSON decides, so the outcome
 * depends only on which ops arrived, not on their order.
 */
function decidesOver(clock: string, event: ActivityEvent, known: ClockedEvent): boolean {
  if (clock !== known.clock) return clock < known.clock
  if (event === known.event) return false
  return JSON.stringify(event) < JSON.stringify(known.event)
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
 * read each other's files in any order, again and again, and still agree. One event can come
 * under two ops (a cloned profile publishes again what the original also publishes): the op
 * with the earlier clock decides its place, whichever arrived first (see {@link decidesOver}).
 */
export class Replica {
  /** Register per record: `recordKey` → register name → register. */
  readonly #records = new Map<string, Map<string, Register>>()
  readonly #events = new Map<string, ClockedEvent>()
  /** Per progress key, the event that decides its state (see {@link KeyEvents}). */
  readonly #latestByKey = new Map<string, KeyEvents>()
  /** Counts calls of {@link apply}: tells whether a key was named in this one already. */
  #applyCount = 0
  /** Which ops were applied, told apart by device and number. */
  #applied = new AppliedOpIds()
  /** Keys of deleted records dropped by {@link compactTombstones}: ops read again leave them gone. */
  readonly #compacted = new Set<string>()

  /**
   * Events of this apply whose deciding op changed (see {@link decidesOver}), and the keys
   * whose latest event must be found again; null while there are none, which is nearly always.
   */
  #reclocked: Reclocked | null = null

  /** Applies `ops`; returns what changed. */
  apply(ops: Iterable<Op>): MergeChanges {
    const changes: MergeChanges = { records: new Set(), events: [], keys: [] }
    this.#applyCount++
    this.#reclocked = null
    for (const op of ops) this.#applyOne(op, changes)
    if (this.#reclocked !== null) this.#settleReclocked(this.#reclocked, changes)
    this.#reclocked = null
    return changes
  }

  /**
   * Applies one op. An op whose id was applied before is nearly always the same op read again
   * (an open segment read whole once more, a conflict copy), which changes nothing. But two
   * copies of one profile (a copied user-data folder, a restored backup) write different ops
   * under the same ids until one notices; the syncer then keeps one version and a conflict
   * copy of the other, and devices meet the two in any order. So an op id does not stand for
   * one content: every version read is merged by the rules any op is (its event joins the
   * set; its writes compete by clock, op id, and then their JSON, see {@link wins}), and the
   * state is the same whichever version came first. Only records compacted away are left
   * alone by an op read again: their ops were stable, and an old write read again must not
   * bring a deleted record back.
   */
  #applyOne(op: Op, changes: MergeChanges): void {
    const again = !this.#applied.mark(op.id)
    if (op.kind === 'event') {
      this.#applyEvent(op, changes)
      return
    }
    const key = recordKey(op.collection, op.recordId)
    if (again && this.#compacted.has(key)) return
    let registers = this.#records.get(key)
    if (!registers) {
      registers = new Map()
      this.#records.set(key, registers)
    }
    const writes: [string, unknown][] =
      op.kind === 'remove' ? [[BODY, null]] : Object.entries(op.fields)
    for (const [name, value] of writes) {
      const current = registers.get(name)
      if (current && !wins(op.clock, op.id, value, current)) continue
      registers.set(name, { clock: op.clock, opId: op.id, value })
      changes.records.add(key)
    }
  }

  #applyEvent(op: EventOp, changes: MergeChanges): void {
    const known = this.#events.get(op.event.id)
    if (known !== undefined) {
      this.#reclock(known, op)
      return
    }
    const clocked: ClockedEvent = { clock: op.clock, event: op.event }
    this.#events.set(op.event.id, clocked)
    changes.events.push(clocked)
    const key = this.#noteLatest(clocked)
    if (key.namedIn === this.#applyCount) return
    key.namedIn = this.#applyCount
    changes.keys.push(op.event.key)
  }

  /**
   * Another op carrying an event already held: it takes the event's place when it decides
   * over it. The keys' latest events and the changes are put right once the apply is done
   * ({@link #settleReclocked}), so a thousand of them cost one walk over the events.
   */
  #reclock(known: ClockedEvent, op: EventOp): void {
    if (!decidesOver(op.clock, op.event, known)) return
    this.#events.set(op.event.id, { clock: op.clock, event: op.event })
    this.#reclocked ??= { ids: new Set(), keys: new Set() }
    this.#reclocked.ids.add(op.event.id)
    this.#reclocked.keys.add(known.event.key)
    this.#reclocked.keys.add(op.event.key)
  }

  /**
   * After an apply that re-clocked events: its changes list each such event once, as it now
   * stands, and name the keys it touched; those keys' latest events are found again from
   * every event, as an earlier clock may hand the decision to another of the key's events.
   */
  #settleReclocked(reclocked: Reclocked, changes: MergeChanges): void {
    const listed = new Set<string>()
    let kept = 0
    for (const entry of changes.events) {
      const id = entry.event.id
      if (reclocked.ids.has(id)) {
        if (this.#events.get(id) !== entry) continue
        listed.add(id)
      }
      changes.events[kept++] = entry
    }
    changes.events.length = kept
    for (const id of reclocked.ids)
      if (!listed.has(id)) changes.events.push(this.#events.get(id) as ClockedEvent)
    const latest = new Map<string, ClockedEvent>()
    for (const entry of this.#events.values()) {
      const key = entry.event.key
      if (!reclocked.keys.has(key)) continue
      const current = latest.get(key)
      if (
        current === undefined ||
        isAfter(entry.clock, entry.event.id, current.clock, current.event.id)
      )
        latest.set(key, entry)
    }
    for (const key of reclocked.keys) {
      const entry = this.#latestByKey.get(key)
      if (entry?.namedIn !== this.#applyCount) changes.keys.push(key as ActivityEvent['key'])
      const found = latest.get(key)
      if (found === undefined) this.#latestByKey.delete(key)
      else if (entry === undefined)
        this.#latestByKey.set(key, { latest: found, namedIn: this.#applyCount })
      else {
        entry.latest = found
        entry.namedIn = this.#applyCount
      }
    }
  }

  /** Makes `clocked` its key's deciding event if it sorts after the one there; returns the key's entry. */
  #noteLatest(clocked: ClockedEvent): KeyEvents {
    const key = this.#latestByKey.get(clocked.event.key)
    if (key === undefined) {
      const added: KeyEvents = { latest: clocked, namedIn: 0 }
      this.#latestByKey.set(clocked.event.key, added)
      return added
    }
    // `isAfter` written out: its arguments would read the ids of both events, and the id is
    // needed only on a tie of clocks. The key's latest event is seldom in the CPU's cache, so
    // a first merge's 50,000 events each paid for reading one from memory for nothing.
    const latest = key.latest
    if (
      clocked.clock > latest.clock ||
      (clocked.clock === latest.clock && clocked.event.id > latest.event.id)
    )
      key.latest = clocked
    return key
  }

  /**
   * What this replica has seen of each device: the n such that every op 1…n of it was
   * applied. Devices publish this (in `device.json`) so that others know when a delete has
   * reached everyone.
   */
  seen(): Record<string, number> {
    return this.#applied.seen()
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
      this.#compacted.add(key)
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
    return this.#applied.has(opId)
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

  /**
   * Every register write held that an op of `deviceId` made, with that op's id and clock: what
   * a copy of a profile that has to take a new id carries over (see carried-writes.ts). Walks
   * every register; only asked on that rare occasion.
   */
  writesOf(deviceId: string): RegisterWrite[] {
    const writes: RegisterWrite[] = []
    for (const [key, registers] of this.#records)
      for (const [name, register] of registers)
        if (isOpOfDevice(register.opId, deviceId))
          writes.push({ ...splitRecordKey(key), name, ...register })
    return writes
  }

  /**
   * Every event whose clock `deviceId` stamped (see hlc.ts: a stamp ends in its device's id):
   * the events it made, carried over with its writes (see {@link writesOf}).
   */
  eventsStampedBy(deviceId: string): ClockedEvent[] {
    return [...this.#events.values()].filter((entry) => isStampOf(entry.clock, deviceId))
  }

  /** Every record key a register names. */
  recordKeys(): IterableIterator<string> {
    return this.#records.keys()
  }

  /** The event that decides `key`'s state, if any event touched it. */
  latestEventOf(key: string): ClockedEvent | undefined {
    return this.#latestByKey.get(key)?.latest
  }

  /** The clock of the event with this id, if seen. */
  eventClock(eventId: string): string | undefined {
    return this.#events.get(eventId)?.clock
  }

  /**
   * Every event, ordered by (clock, event id): the merged activity log. They are held in the
   * order they were applied, device after device, each in its own clock order: a few runs
   * already in order, which {@link inClockOrder} merges.
   */
  orderedEvents(): ClockedEvent[] {
    return inClockOrder([...this.#events.values()])
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
    return this.#applied.count
  }

  /**
   * Everything this replica holds, as plain data, to keep across starts (see
   * merged-state.ts): with it a start need not read every file of the folder again to know
   * which write wins. The op ids seen are kept as each device's unbroken run plus the ids past
   * a gap, which is what lets ops of a compacted record read again still change nothing.
   */
  snapshot(): ReplicaSnapshot {
    return {
      seen: this.seen(),
      extraOps: this.#applied.extraIds(),
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
      compacted: [...this.#compacted],
    }
  }

  /** A replica holding exactly what {@link snapshot} took: applying more ops to it does what it did to the original. */
  static restore(snapshot: ReplicaSnapshot): Replica {
    const replica = new Replica()
    replica.#applied = AppliedOpIds.restore(snapshot.seen, snapshot.extraOps)
    for (const key of snapshot.compacted) replica.#compacted.add(key)
    for (const [key, registers] of snapshot.records)
      replica.#records.set(
        key,
        new Map(registers.map(([name, clock, opId, value]) => [name, { clock, opId, value }])),
      )
    for (const [clock, event] of snapshot.events) {
      const clocked: ClockedEvent = { clock, event }
      replica.#events.set(event.id, clocked)
      replica.#noteLatest(clocked)
    }
    return replica
  }
}

/**
 * A {@link Replica} as plain data (see {@link Replica.snapshot}): per device the n such that
 * its ops 1…n were applied, the other op ids applied, each record's registers as
 * `[name, clock, opId, value]`, each event with its clock, and the records compacted away.
 */
export interface ReplicaSnapshot {
  seen: Record<string, number>
  extraOps: string[]
  records: [string, [string, string, string, unknown][]][]
  events: [string, ActivityEvent][]
  /** Keys of deleted records compacted away (see {@link Replica.compactTombstones}). */
  compacted: string[]
}

/**
 * A progress key's deciding event, in an entry of its own so that a newer event takes its place
 * without a second look-up (a first merge moves it on some 30,000 times), and the last
 * {@link Replica.apply} that named the key, so each key is listed once in its changes without
 * a set of the 50,000 events' keys.
 */
interface KeyEvents {
  latest: ClockedEvent
  namedIn: number
}

/** What one apply re-clocked: the event ids whose deciding op changed, and their keys. */
interface Reclocked {
  readonly ids: Set<string>
  readonly keys: Set<string>
}
