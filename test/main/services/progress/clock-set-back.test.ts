import { describe, expect, it } from 'vitest'
import { buildExport, exportToText, readExport } from '@shared/domain/data-transfer'
import { CURRENT_SCHEMA_VERSION, DbSchema } from '../../../../src/main/store/schema'
import { useTempDir } from '../../store/helpers'
import { openServices } from './fixture'

describe('progress changed after the clock was set back', () => {
  const tempDir = useTempDir()

  it('keeps the log in time order, so its export imports again', async () => {
    const { store, progress, clock } = await openServices(tempDir())
    await progress.set({ key: 'skill:python', status: 'learning' })
    clock.advance(-600)
    await progress.set({ key: 'skill:python', status: 'done' })
    const times = store.data.activity.map((event) => Date.parse(event.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const meta = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      exportedAt: clock.now(),
    }
    const read = readExport(exportToText(buildExport(store.data, meta)), {
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      // Read a day later, when the clock is right again: no date lies in the future.
      now: new Date(clock.now().getTime() + 86_400_000),
      library: { roleIds: new Set(), articleIds: new Set() },
      settings: DbSchema.shape.settings,
    })
    expect(read.ok ? 'read' : read.message).toBe('read')
    await store.close()
  })
})
