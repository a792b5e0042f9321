import type { HandlerTable } from '../../../src/main/ipc/invoke'
import { AppError } from '../../../src/shared/ipc/result'

/** A handler table whose answers are simple and whose calls are recorded. */
export function fakeHandlers(calls: string[] = []): HandlerTable {
  return {
    'app:status': () => {
      calls.push('app:status')
      return {
        version: '1.0.0',
        dataFilePath: '/data/role-atlas.json',
        catalogVersion: 1,
        notices: [],
      }
    },
    'app:dismissNotice': ({ id }) => {
      calls.push(`app:dismissNotice ${id}`)
    },
    'library:query': () => ({ roles: [], total: 0, industries: [], tools: [] }),
    'roles:get': ({ id }) => {
      throw new AppError('not-found', `There is no role with the id "${id}".`)
    },
    'taxonomy:list': () => {
      throw new Error('disk on fire at /home/someone/secret/path.json')
    },
    'links:openExternal': () => undefined,
  }
}
