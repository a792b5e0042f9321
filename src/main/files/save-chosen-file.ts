import { AppError } from '../../shared/ipc/result'
import { writeFileDurably } from '../store/durable-fs'

/**
 * Writes an export to the path the user chose in the save dialog; a failure (a read-only
 * folder, a full disk) becomes a message the user can act on.
 */
export async function saveChosenFile(path: string, text: string): Promise<void> {
  try {
    await writeFileDurably(path, text)
  } catch {
    throw new AppError(
      'internal',
      'The file could not be saved there. Choose a folder you can write to and try again.',
    )
  }
}
