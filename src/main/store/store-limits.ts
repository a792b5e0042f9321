/**
 * The largest data file (or backup of it) the store reads. Far above what the record and text
 * limits let years of use reach, and bounded so a damaged or planted file (a link to a device)
 * cannot take all memory on start or restore.
 */
export const DATA_FILE_MAX_BYTES = 512 * 1024 * 1024

/** The instance lock holds one process id; anything longer is not a lock this app wrote. */
export const LOCK_FILE_MAX_BYTES = 1024
