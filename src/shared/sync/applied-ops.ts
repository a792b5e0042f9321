/**
 * Which ops a replica applied. A device's ops are told apart by their number, so 50,000 ops
 * cost no set of 50,000 ids, and the contiguous run moves on without looking anything up
 * while they arrive in order, as a segment holds them.
 */
export class AppliedOpIds {
  /** Per device, which of its ops were applied (see {@link DeviceOps}). */
  readonly #devices = new Map<string, DeviceOps>()
  /** The device whose op was applied last, and its entry: a segment's ops share one device. */
  #lastDevice = ''
  #lastApplied: DeviceOps | null = null
  /**
   * Applied op ids without a plain number (none the op schema lets through): kept whole, so
   * that they are still applied once each.
   */
  readonly #oddOps = new Set<string>()

  /** Records `opId` as applied; false when it already was. */
  mark(opId: string): boolean {
    const colon = opId.lastIndexOf(':')
    const seq = plainSeq(opId, colon + 1)
    if (seq === null) {
      if (this.#oddOps.has(opId)) return false
      this.#oddOps.add(opId)
      return true
    }
    const applied = this.#deviceOf(opId, colon)
    if (seq <= applied.upTo || applied.ahead.has(seq)) return false
    if (seq !== applied.upTo + 1) {
      applied.ahead.add(seq)
      return true
    }
    applied.upTo = seq
    while (applied.ahead.size > 0 && applied.ahead.delete(applied.upTo + 1)) applied.upTo++
    return true
  }

  /** True once an op with this id was marked. */
  has(opId: string): boolean {
    const colon = opId.lastIndexOf(':')
    const seq = plainSeq(opId, colon + 1)
    if (seq === null) return this.#oddOps.has(opId)
    const applied = this.#devices.get(opId.slice(0, colon))
    return applied !== undefined && (seq <= applied.upTo || applied.ahead.has(seq))
  }

  /** Per device, the n such that every op 1…n of it was applied (devices with none left out). */
  seen(): Record<string, number> {
    const seen: Record<string, number> = {}
    for (const [device, applied] of this.#devices) if (applied.upTo > 0) seen[device] = applied.upTo
    return seen
  }

  /** How many distinct ops were marked. */
  get count(): number {
    let count = this.#oddOps.size
    for (const applied of this.#devices.values()) count += applied.upTo + applied.ahead.size
    return count
  }

  /** The ids marked beyond each device's unbroken run: with {@link seen}, every id marked. */
  extraIds(): string[] {
    const extra: string[] = [...this.#oddOps]
    for (const [device, applied] of this.#devices)
      for (const seq of applied.ahead) extra.push(`${device}:${seq}`)
    return extra
  }

  /** The ids that {@link seen} and {@link extraIds} gave, marked again. */
  static restore(
    seen: Readonly<Record<string, number>>,
    extraIds: readonly string[],
  ): AppliedOpIds {
    const applied = new AppliedOpIds()
    for (const [device, upTo] of Object.entries(seen))
      applied.#devices.set(device, { upTo, ahead: new Set() })
    for (const opId of extraIds) applied.mark(opId)
    return applied
  }

  /** The entry of the device that made `opId` (whose device id ends at `colon`), made if new. */
  #deviceOf(opId: string, colon: number): DeviceOps {
    if (this.#lastApplied !== null && colon === this.#lastDevice.length)
      if (opId.startsWith(this.#lastDevice)) return this.#lastApplied
    const device = opId.slice(0, colon)
    let applied = this.#devices.get(device)
    if (!applied) {
      applied = { upTo: 0, ahead: new Set() }
      this.#devices.set(device, applied)
    }
    this.#lastDevice = device
    this.#lastApplied = applied
    return applied
  }
}

/** One device's applied ops: all of 1…`upTo`, and those numbered past it that came early. */
interface DeviceOps {
  upTo: number
  readonly ahead: Set<number>
}

/** Longest op number read as a number: 15 digits stay below 2^53, so every one is exact. */
const SEQ_DIGITS_MAX = 15

/**
 * The op number written from `start` to the end of `opId`, when it is a plain one (digits, no
 * leading zero, exact as a number): what the op schema allows, short of 16-digit numbers.
 * Null otherwise, for the caller to keep the whole id instead.
 */
function plainSeq(opId: string, start: number): number | null {
  const length = opId.length - start
  if (start === 0 || length < 1 || length > SEQ_DIGITS_MAX) return null
  let seq = 0
  for (let i = start; i < opId.length; i++) {
    const digit = opId.charCodeAt(i) - 48
    if (digit < 0 || digit > 9 || (digit === 0 && i === start)) return null
    seq = seq * 10 + digit
  }
  return seq
}
