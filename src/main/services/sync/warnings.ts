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
      return `${recordInWords(warning.record)} changed on another computer is in a form this version of Role Atlas cannot use, so it is left out here. Keep every computer on the same version of Role Atlas.`
  }
}

/** What a `collection/id` record is, in the words the screens use for it. */
const recordWords: Record<string, string> = {
  plans: 'A plan',
  comparisons: 'A saved comparison',
  roles: 'An imported role',
  articles: 'An imported article',
  settings: 'A setting',
}

function recordInWords(record: string): string {
  return recordWords[record.slice(0, record.indexOf('/'))] ?? 'A record'
}
