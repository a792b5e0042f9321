import { deviceOfOpId, seqOfOpId } from './ops'

/** What one device last said (in its `device.json`) about its own log and what it has seen. */
export interface DeviceProgress {
  /** How many ops it had published when it said this. */
  lastSeq: number
  /** Per device, the n such that it had merged that device's ops 1…n. */
  seen: Readonly<Record<string, number>>
}

/**
 * Which ops every active device has seen, as a test on an op id: the ops whose tombstones a
 * replica may drop (see `Replica.compactTombstones`).
 *
 * An op is stable when this device and every active one (each by its `device.json`) have seen
 * it. That alone is not enough: a device can publish, in the same pass as it says it saw a
 * delete, an edit it made before it saw it. So nothing is stable until this device has merged
 * every op each active device had published when it said what it had seen; every op those
 * devices make afterwards comes after the delete (their clocks moved past it), so dropping
 * the tombstone cannot let an older write bring the record back. A device whose folder has no
 * readable `device.json` (`null`) may hold anything: then nothing is stable. Forgotten
 * devices are not asked (they are retired), which is what lets their tombstones go.
 */
export function stableOps(
  seenHere: Readonly<Record<string, number>>,
  active: ReadonlyMap<string, DeviceProgress | null>,
): (opId: string) => boolean {
  const progress: [string, DeviceProgress][] = []
  for (const [deviceId, device] of active) {
    if (device === null || (seenHere[deviceId] ?? 0) < device.lastSeq) return () => false
    progress.push([deviceId, device])
  }
  return (opId) => {
    const origin = deviceOfOpId(opId)
    const seq = seqOfOpId(opId)
    if ((seenHere[origin] ?? 0) < seq) return false
    return progress.every(([deviceId, device]) =>
      deviceId === origin ? seq <= device.lastSeq : seq <= (device.seen[origin] ?? 0),
    )
  }
}
