import { AppError } from '../../shared/ipc/result'
import { hasErrorCode } from './errno'

/**
 * The disk refused to save a change (full, read-only, failing). An AppError, so the message
 * reaches the user as is instead of a generic "something went wrong"; the file system's own
 * error stays as `cause` for the log.
 */
export class StoreWriteError extends AppError {
  constructor(cause: unknown) {
    super('internal', `Your change could not be saved: ${reasonOf(cause)}`)
    this.name = 'StoreWriteError'
    this.cause = cause
  }
}

function reasonOf(error: unknown): string {
  if (hasErrorCode(error, 'ENOSPC', 'EDQUOT')) {
    return 'the disk is full. Free up some space, then try again.'
  }
  if (hasErrorCode(error, 'EACCES', 'EPERM', 'EROFS')) {
    return 'Role Atlas is not allowed to write to its data folder. Check that the folder is writable, then try again.'
  }
  return 'the disk reported an error. Your data saved before this change is safe; try again.'
}
