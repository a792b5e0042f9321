import type { HandlerTable } from '../../../src/main/ipc/invoke'
import type { ImportDecision, SavedImportRole } from '@shared/domain/article-import/types'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'
import type { PlanDetail } from '@shared/domain/progress/views'
import type { RoleSalaries } from '@shared/domain/salary/types'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { AppError } from '@shared/ipc/result'
import type { SyncStatus } from '@shared/sync/status'

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

const plan: PlanDetail = {
  id: 'l1',
  title: 'AI Programmer plan',
  source: { kind: 'role', roleId: 'ai-programmer' },
  archived: false,
  createdAt: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-23T12:00:00.000Z',
  sourceLabel: 'For AI Programmer',
  counts: { total: 0, done: 0, learning: 0, skipped: 0, todo: 0, percent: 0 },
  items: [],
}

const syncOff: SyncStatus = {
  state: 'off',
  folder: null,
  deviceId: 'device-one',
  deviceName: 'Laptop',
  lastSyncAt: null,
  error: null,
  pendingChanges: 0,
  devices: [],
  warnings: [],
  notice: null,
  revision: 0,
}

const noSalaries = { count: 0, figures: null, reliability: 'hidden' } as const

function salaries(roleId: string): RoleSalaries {
  return {
    roleId,
    roleName: roleId,
    matchedTitles: [],
    filters: {},
    overall: noSalaries,
    byLevel: [],
    byYear: [],
    options: { residence: [], remoteRatio: [], companySize: [] },
  }
}

function importedRole(decision: ImportDecision): SavedImportRole {
  const id = decision.action === 'merge' ? decision.roleId : 'imported-role'
  return { id, name: id, action: decision.action, added: 0, duplicates: 0 }
}

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
    'library:query': () => ({
      roles: [],
      total: 0,
      industries: [],
      tools: [],
      families: [],
      educations: [],
    }),
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
    'savedComparisons:list': () => [savedComparison],
    'savedComparisons:get': () => savedComparison,
    'savedComparisons:save': () => savedComparison,
    'savedComparisons:update': () => savedComparison,
    'savedComparisons:duplicate': () => savedComparison,
    'savedComparisons:delete': ({ id }) => {
      calls.push(`savedComparisons:delete ${id}`)
    },
    'savedComparisons:restore': () => savedComparison,
    'plans:list': () => [plan],
    'plans:get': () => plan,
    'plans:create': () => plan,
    'plans:update': () => plan,
    'plans:delete': ({ id }) => {
      calls.push(`plans:delete ${id}`)
    },
    'plans:restore': () => plan,
    'plans:addItem': () => plan,
    'plans:addKeys': () => plan,
    'plans:editItem': () => plan,
    'plans:moveItem': () => plan,
    'plans:removeItem': () => plan,
    'plans:restoreItem': () => plan,
    'plans:reset': () => ({ value: plan, batchId: 'b1' }),
    'plans:export': () => ({ saved: false }),
    'progress:set': ({ key }) => ({
      value: { key, ...EMPTY_PROGRESS, updatedAt: '2026-11-23T12:00:00.000Z' },
      batchId: 'b1',
    }),
    'progress:undo': ({ batchId }) => {
      calls.push(`progress:undo ${batchId}`)
    },
    'progress:readiness': () => [],
    'progress:dashboard': () => ({
      asOf: '2026-11-23',
      plans: [],
      readiness: [],
      calendar: [],
      streak: 0,
      recent: [],
    }),
    'skills:list': () => [],
    'fit:ranking': () => [],
    'fit:role': ({ roleId }) => {
      throw new AppError('not-found', `There is no role with the id "${roleId}".`)
    },
    'salaries:forRole': ({ roleId }) => salaries(roleId),
    'salaries:compare': ({ roleIds }) => roleIds.map(salaries),
    'salaries:source': () => ({
      name: 'aijobs.net Global AI, ML, Data Science Salary Index',
      url: 'https://aijobs.net/salaries',
      licence: 'CC0 1.0',
      snapshotDate: '2025-01-19',
      rowCount: 0,
    }),
    'articleImport:preview': () => {
      throw new AppError('invalid-input', 'This text does not look like a role comparison.')
    },
    'articleImport:openFile': () => ({ opened: false }),
    'articleImport:mergePreview': ({ roleId }) => {
      throw new AppError('not-found', `There is no role ${roleId}.`)
    },
    'articleImport:save': ({ roles }) => ({
      articleId: 'a1',
      roles: [importedRole(roles[0]), importedRole(roles[1])],
      undoId: 'u1',
    }),
    'articleImport:undo': ({ undoId }) => {
      calls.push(`articleImport:undo ${undoId}`)
    },
    'articleImport:articles': () => [],
    'articleImport:roleUsage': () => ({ plans: [], comparisons: [] }),
    'articleImport:renameRole': ({ roleId }) => {
      throw new AppError('not-found', `There is no imported role ${roleId}.`)
    },
    'articleImport:deleteRole': ({ roleId }) => {
      throw new AppError('not-found', `There is no imported role ${roleId}.`)
    },
    'articleImport:removeArticle': ({ articleId }) => {
      throw new AppError('not-found', `There is no imported article ${articleId}.`)
    },
    'data:export': () => ({ saved: false }),
    'data:previewImport': () => ({ chosen: false }),
    'data:applyImport': ({ token }) => {
      throw new AppError('not-found', `There is no import ${token} to apply.`)
    },
    'backups:list': () => [],
    'backups:restore': ({ id }) => {
      throw new AppError('not-found', `There is no backup ${id}.`)
    },
    'backups:openFolder': () => {
      calls.push('backups:openFolder')
    },
    'sync:status': () => syncOff,
    'sync:chooseFolder': () => syncOff,
    'sync:now': () => syncOff,
    'sync:setDeviceName': ({ name }) => ({ ...syncOff, deviceName: name }),
    'sync:forgetDevice': () => syncOff,
    'sync:unforgetDevice': () => syncOff,
    'sync:dismissNotice': () => syncOff,
    'sync:disable': () => syncOff,
  }
}
