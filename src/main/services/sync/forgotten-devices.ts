import type { LocalSyncState } from './local-state'
import type { KnownDevice } from './merger'

/**
 * Retires `deviceId` in `state`: it leaves the list, and the deletes it has not seen no
 * longer wait for it. `publishedUpTo` is the newest op number it had published, so those ops
 * read again are old news, not a sign that it is back. This device is never retired.
 */
export function forgetDevice(state: LocalSyncState, deviceId: string, publishedUpTo: number): void {
  if (deviceId === state.deviceId || state.forgotten.includes(deviceId)) return
  state.forgotten.push(deviceId)
  state.forgottenAt[deviceId] = publishedUpTo
}

/** Lists a forgotten computer again in `state` (the undo of {@link forgetDevice}). */
export function unforgetDevice(state: LocalSyncState, deviceId: string): void {
  state.forgotten = state.forgotten.filter((id) => id !== deviceId)
  state.forgottenAt = Object.fromEntries(
    Object.entries(state.forgottenAt).filter(([id]) => id !== deviceId),
  )
}

/**
 * A forgotten computer that publishes changes again is not retired after all: its changes
 * are merged like any other's (never dropped), it is listed again, and the user is told (a
 * once-only notice, added to any not yet dismissed).
 */
export function noticeReturnedDevices(
  state: LocalSyncState,
  known: ReadonlyMap<string, KnownDevice>,
): void {
  for (const deviceId of [...state.forgotten]) {
    const read = known.get(deviceId)
    if (read === undefined) continue
    // The newest op number in the files this pass read (none read: 0).
    if (read.maxSeq <= (state.forgottenAt[deviceId] ?? 0)) continue
    unforgetDevice(state, deviceId)
    const name = read.device?.name || 'A computer you forgot'
    const notice = `${name} was forgotten but has synced again, so it is listed again and its new changes are here.`
    state.cloneNotice = state.cloneNotice === null ? notice : `${state.cloneNotice} ${notice}`
  }
}
