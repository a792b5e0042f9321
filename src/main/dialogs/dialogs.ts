/** The kinds of file the app writes through a save dialog. */
export type SaveFormat = 'markdown' | 'csv' | 'json'

/**
 * Asks the user where to save a file, suggesting `suggestedFileName`; resolves to the chosen
 * path, or null when they cancel. Electron's save dialog in the app, a folder in tests.
 */
export type ChooseSavePath = (
  suggestedFileName: string,
  format: SaveFormat,
) => Promise<string | null>

/**
 * What an open dialog is for: an article to import, a Role Atlas export file, or the folder to
 * sync through (a folder, not a file).
 */
export type OpenPurpose = 'article' | 'data' | 'sync-folder'

/**
 * Asks the user for a file to read; resolves to its path, or null when they cancel.
 * Electron's open dialog in the app, a queue of paths in tests.
 */
export type ChooseOpenPath = (purpose: OpenPurpose) => Promise<string | null>

/** Shows a folder in the system file manager (the data folder, from the Backups screen). */
export type OpenFolder = (folderPath: string) => Promise<void>
