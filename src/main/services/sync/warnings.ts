/** Something about the sync folder the user should know, in terms the Sync screen words. */
export type SyncWarning =
  | { kind: 'skipped-file'; deviceId: string; file: string; reason: string }
  | { kind: 'not-downloaded'; deviceId: string; file: string }
  | { kind: 'conflict-copy'; deviceId: string; file: string }
  | { kind: 'clock-ahead'; deviceId: string }
  | { kind: 'folder-unreadable'; detail: string }
  | { kind: 'write-failed'; detail: string }
  | { kind: 'invalid-record'; record: string }

/** A warning in plain words, as the Sync screen shows it. */
export function describeWarning(
  warning: SyncWarning,
  nameOf: (deviceId: string) => string,
): string {
  switch (warning.kind) {
    case 'skipped-file':
      return `A file from ${nameOf(warning.deviceId)} (${warning.file}) could not be used yet (${warning.reason}). It is probably still being copied; Role Atlas will try again.`
    case 'not-downloaded':
      return `A file from ${nameOf(warning.deviceId)} (${warning.file}) is in the cloud but not downloaded to this computer yet. Its changes will arrive once it is.`
    case 'conflict-copy':
      return `Your sync service made a conflict copy (${warning.file}) of ${nameOf(warning.deviceId)}'s file. Role Atlas read both, so nothing is lost; once every computer has synced, you can delete the copy.`
    case 'clock-ahead':
      return `The clock on ${nameOf(warning.deviceId)} is more than a day ahead of this computer's. Its newest changes are held back until its date and time are corrected.`
    case 'folder-unreadable':
      return `The sync folder could not be read: ${warning.detail}. Your changes are kept here and will be shared once it can be.`
    case 'write-failed':
      return `Your changes could not be written to the sync folder: ${warning.detail}. They are kept here and Role Atlas will try again.`
    case 'invalid-record':
      return `A change to ${warning.record} from another computer could not be used by this version of Role Atlas and was left out here.`
  }
}
