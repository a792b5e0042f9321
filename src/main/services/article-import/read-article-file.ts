import path from 'node:path'
import { articleTextFromFile } from '../../../shared/importer/article-file'
import { ARTICLE_MAX_BYTES } from '../../../shared/importer/limits'
import { AppError } from '../../../shared/ipc/result'
import { readAtMost } from '../../files/read-at-most'
import { hasErrorCode } from '../../store/errno'

function unreadable(fileName: string, error: unknown): AppError {
  const reason = hasErrorCode(error, 'ENOENT')
    ? 'it no longer exists'
    : hasErrorCode(error, 'EISDIR')
      ? 'it is a folder'
      : hasErrorCode(error, 'ENOTREG')
        ? 'it is not a regular file (it is a device, a pipe or a link to one)'
        : hasErrorCode(error, 'EACCES', 'EPERM')
          ? 'you do not have permission to read it'
          : 'it could not be read'
  return new AppError('invalid-input', `Could not open “${fileName}”: ${reason}.`)
}

/**
 * The article text of the file at `filePath`: at most {@link ARTICLE_MAX_BYTES} read, HTML
 * reduced to text. A file that cannot be read or is not an article is an `invalid-input`
 * error naming the file and the reason.
 */
export async function readArticleFile(
  filePath: string,
): Promise<{ fileName: string; text: string }> {
  const fileName = path.basename(filePath)
  let bytes: Uint8Array
  try {
    bytes = await readAtMost(filePath, ARTICLE_MAX_BYTES + 1)
  } catch (error) {
    throw unreadable(fileName, error)
  }
  const result = articleTextFromFile(bytes, fileName)
  if (!result.ok) throw new AppError('invalid-input', result.error.message)
  return { fileName, text: result.text }
}
