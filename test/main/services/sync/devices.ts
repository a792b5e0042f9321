import { readFileSync } from 'node:fs'
import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { ActivityEvent, ProgressKey, ProgressStatus } from '@shared/domain/progress/types'
import { appendToLog } from '../../../../src/main/services/progress/progress-log'
import { SyncEngine } from '../../../../src/main/services/sync/sync-engine'
import type { DurableFs } from '../../../../src/main/store/durable-fs'
import { Store } from '../../../../src/main/store/db'

/** One simulated computer: its own data folder, its own copy of the synced folder, its own clock. */
export interface Device {
  name: string
  dataDir: string
  syncDir: string
  store: Store
  engine: SyncEngine
  /** Milliseconds added to the shared simulated time on this computer. */
  offset: { ms: number }
  /** Makes the next writes to the folder fail, as a full disk does. */
  full: { on: boolean }
  /** Told of every durable write: data file, state file, folder (see {@link WriteMoment}). */
  writes: { listener: ((write: WriteMoment) => void) | null }
}

/**
 * A durable write at the moment just before or just after its rename puts it in place: what
 * a crash right then leaves on disk is the file's old content, or its new content (`text`).
 */
export interface WriteMoment {
  phase: 'before' | 'after'
  /** The file the write replaces. */
  file: string
  /** What the file holds once the write is in place. */
  text: string
}

/** Simulated time, shared by every device and moved on by the tests. */
export const clock = { now: Date.UTC(2026, 5, 1, 9, 0, 0) }

/**
 * A file system that fails every open with ENOSPC while `full.on`, and tells `writes.listener`
 * of every rename that puts a durable write in place, before and after it.
 */
function watchedFs(full: { on: boolean }, writes: Device['writes']): DurableFs {
  return {
    open: async (file, flags) => {
      if (full.on) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      const { open } = await import('node:fs/promises')
      return open(file, flags)
    },
    rename: async (from, to) => {
      const listener = writes.listener
      // Read synchronously: nothing else of this process runs between the moment and the rename.
      const text = listener === null ? '' : readFileSync(from, 'utf8')
      listener?.({ phase: 'before', file: to, text })
      await (await import('node:fs/promises')).rename(from, to)
      listener?.({ phase: 'after', file: to, text })
    },
    rm: async (file, options) => (await import('node:fs/promises')).rm(file, options),
  }
}

/** Opens (or reopens) a device from its folders. */
export async function openDevice(
  root: string,
  name: string,
  options: { offsetMs?: number; join?: boolean } = {},
): Promise<Device> {
  const dataDir = path.join(root, name, 'data')
  const syncDir = path.join(root, name, 'sync')
  await mkdir(dataDir, { recursive: true })
  await mkdir(syncDir, { recursive: true })
  const offset = { ms: options.offsetMs ?? 0 }
  const full = { on: false }
  const writes: Device['writes'] = { listener: null }
  const now = (): number => clock.now + offset.ms
  const store = await Store.open(path.join(dataDir, 'role-atlas.json'), {
    now: () => new Date(now()),
    fs: watchedFs({ on: false }, writes),
  })
  const engine = await SyncEngine.open(store, {
    stateFilePath: path.join(dataDir, 'sync-state.json'),
    now,
    folderFs: watchedFs(full, writes),
    stateFs: watchedFs({ on: false }, writes),
  })
  if (options.join !== false) await engine.chooseFolder(syncDir)
  if (options.join !== false) await engine.setDeviceName(name)
  return { name, dataDir, syncDir, store, engine, offset, full, writes }
}

/** Closes a device so its folders can be reopened (or copied). */
export async function closeDevice(device: Device): Promise<void> {
  await device.engine.close()
  await device.store.close()
}

/**
 * Copies a device's data folder, as a backup would, to restore later. Temp files (dot-files)
 * are left out: sync may be writing one behind a pass, and it is gone by the time it is copied.
 */
export async function snapshotData(device: Device, to: string): Promise<void> {
  await cp(device.dataDir, to, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith('.'),
  })
}

let counter = 0

/** The user sets `key` to `status` on `device`, as the progress screen does. */
export async function setStatus(
  device: Device,
  key: ProgressKey,
  status: ProgressStatus,
): Promise<string> {
  const id = `${device.name}-event-${++counter}`
  const at = new Date(clock.now + device.offset.ms).toISOString()
  await device.store.update((draft) => {
    const before = draft.progress.find((record) => record.key === key)
    appendToLog(draft, [
      {
        id,
        at,
        key,
        before: before
          ? { status: before.status, level: before.level, notes: before.notes, links: before.links }
          : { status: 'todo', level: null, notes: '', links: [] },
        after: { status, level: null, notes: '', links: [] },
        cause: 'edit',
        batchId: id,
      },
    ])
  })
  return id
}

/** The user makes a plan. */
export async function createPlan(device: Device, id: string, title: string): Promise<void> {
  const at = new Date(clock.now + device.offset.ms).toISOString()
  await device.store.update((draft) => {
    draft.plans.push({
      id,
      title,
      source: { kind: 'empty' },
      items: [],
      archived: false,
      createdAt: at,
      updatedAt: at,
    })
  })
}

/** The user edits a plan: rename, add an item, delete or restore it. */
export async function editPlan(
  device: Device,
  id: string,
  edit: { title?: string; addItem?: string; deleted?: boolean },
): Promise<void> {
  const at = new Date(clock.now + device.offset.ms).toISOString()
  await device.store.update((draft) => {
    const index = draft.plans.findIndex((plan) => plan.id === id)
    const plan = draft.plans[index]
    if (!plan) throw new Error(`no plan ${id} on ${device.name}`)
    const next = { ...plan, updatedAt: at }
    if (edit.title !== undefined) next.title = edit.title
    if (edit.addItem !== undefined)
      next.items = [
        ...plan.items,
        { key: `custom:${edit.addItem}`, label: edit.addItem, group: 'custom' },
      ]
    if (edit.deleted === true) next.deletedAt = at
    if (edit.deleted === false) delete next.deletedAt
    draft.plans[index] = next
  })
}

/** What a user could see on a device: plans and progress, in a fixed order. */
export function visibleState(device: Device): unknown {
  const data = device.store.data
  return {
    plans: [...data.plans]
      .map((plan) => ({
        id: plan.id,
        title: plan.title,
        items: plan.items.map((item) => item.key),
        deleted: plan.deletedAt !== undefined,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    progress: Object.fromEntries(
      [...data.progress]
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((record) => [record.key, record.status]),
    ),
  }
}

/**
 * `count` progress changes on `device` in one go, as a plan reset makes them: more than a
 * segment holds (1,000), so publishing them seals one.
 */
export async function manyChanges(device: Device, count: number): Promise<void> {
  const at = new Date(clock.now + device.offset.ms).toISOString()
  const events: ActivityEvent[] = Array.from({ length: count }, (_, index) => ({
    id: `${device.name}-bulk-${index}`,
    at,
    key: `custom:${device.name}-item-${index}`,
    before: { status: 'todo', level: null, notes: '', links: [] },
    after: { status: 'done', level: null, notes: '', links: [] },
    cause: 'reset',
    batchId: `${device.name}-bulk`,
  }))
  await device.store.update((draft) => appendToLog(draft, events))
}
