import type { HandlerTable } from '../../../src/main/ipc/invoke'
import type { SavedComparisonView } from '../../../src/shared/domain/saved-comparison'
import { AppError } from '../../../src/shared/ipc/result'

const savedComparison: SavedComparisonView = {
  id: 'c1',
  title: 'AI Programmer vs Data Manager',
  roleIds: ['ai-programmer', 'data-manager'],
  roleNames: ['AI Programmer', 'Data Manager'],
  notes: '',
  tags: [],
  createdAt: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-23T12:00:00.000Z',
  missingRoleIds: [],
}

const noEntities = { skills: [], tools: [], industries: [] }

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
    'compare:roles': () => ({ columns: [], entities: {}, pairs: [], articles: {} }),
    'compare:transition': ({ fromId, toId }) => ({
      from: { id: fromId, name: fromId },
      to: { id: toId, name: toId },
      needed: noEntities,
      carriedOver: noEntities,
      tips: [],
      score: 0,
    }),
    'compare:export': () => ({ saved: false }),
    'comparisons:list': () => [savedComparison],
    'comparisons:get': () => savedComparison,
    'comparisons:save': () => savedComparison,
    'comparisons:update': () => savedComparison,
    'comparisons:duplicate': () => savedComparison,
    'comparisons:delete': ({ id }) => {
      calls.push(`comparisons:delete ${id}`)
    },
    'comparisons:restore': () => savedComparison,
  }
}
