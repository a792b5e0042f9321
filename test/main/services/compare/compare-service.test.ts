import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import type { ChooseSavePath, SaveFormat } from '../../../../src/main/dialogs/dialogs'
import { CompareService } from '../../../../src/main/services/compare/compare-service'
import { Store } from '../../../../src/main/store/db'
import { comparisonToMarkdown, entityMatrixToCsv } from '@shared/domain/compare'
import { AppError } from '@shared/ipc/result'
import { useTempDir } from '../../store/helpers'

const { catalog, taxonomy } = loadBundledCatalog()
const exportedAt = new Date('2026-11-23T12:00:00.000Z')
const pair = ['ai-programmer', 'data-manager']

describe('CompareService', () => {
  const tempDir = useTempDir()

  /** A service over the built-in roles whose save dialog answers `answer` and records asks. */
  async function setUp(answer: (suggested: string) => string | null): Promise<{
    store: Store
    service: CompareService
    asked: [string, SaveFormat][]
  }> {
    const store = await Store.open(path.join(tempDir(), 'role-atlas.json'))
    await store.update((db) => {
      db.roles = structuredClone(catalog.roles)
    })
    const asked: [string, SaveFormat][] = []
    const chooseSavePath: ChooseSavePath = async (suggested, format) => {
      asked.push([suggested, format])
      return answer(suggested)
    }
    const service = new CompareService(store, taxonomy, catalog.articles, {
      chooseSavePath,
      now: () => exportedAt,
    })
    return { store, service, asked }
  }

  const exportsDir = (): string => path.join(tempDir(), 'exports')
  const intoTempDir = (suggested: string): string => path.join(tempDir(), suggested)

  it('compares roles in the order given, with their entities and articles', async () => {
    const { store, service } = await setUp(intoTempDir)
    const comparison = service.compare([
      'data-manager',
      'ai-programmer',
      'machine-learning-engineer',
    ])
    expect(comparison.columns.map((column) => column.role.name)).toEqual([
      'Data Manager',
      'AI Programmer',
      'Machine Learning Engineer',
    ])
    expect(comparison.pairs).toHaveLength(3)
    expect(comparison.entities['erwin']?.roleIds).toEqual(['data-manager'])
    expect(Object.keys(comparison.articles).length).toBeGreaterThan(0)
    await store.close()
  })

  it('refuses an unknown role, naming it', async () => {
    const { store, service } = await setUp(intoTempDir)
    expect(() => service.compare(['ai-programmer', 'astronaut'])).toThrow(
      new AppError('not-found', 'There is no role with the id "astronaut".'),
    )
    expect(() => service.transition('astronaut', 'data-manager')).toThrow(/"astronaut"/)
    await store.close()
  })

  it('describes moving from one role to another', async () => {
    const { store, service } = await setUp(intoTempDir)
    const transition = service.transition('ai-programmer', 'data-manager')
    expect(transition.from).toEqual({ id: 'ai-programmer', name: 'AI Programmer' })
    expect(transition.to).toEqual({ id: 'data-manager', name: 'Data Manager' })
    expect(transition.needed.tools.map((entity) => entity.id)).toContain('erwin')
    expect(transition.tips.length).toBeGreaterThan(0)
    await store.close()
  })

  it('exports Markdown to the path the user chose', async () => {
    const { store, service, asked } = await setUp(intoTempDir)
    const input = { roleIds: pair, title: 'AI Programmer vs Data Manager', notes: 'My notes.' }
    const result = await service.export({ ...input, format: 'markdown' })

    const filePath = path.join(tempDir(), 'AI Programmer vs Data Manager.md')
    expect(result).toEqual({ saved: true, path: filePath })
    expect(asked).toEqual([['AI Programmer vs Data Manager.md', 'markdown']])
    expect(await readFile(filePath, 'utf8')).toBe(
      comparisonToMarkdown(service.compare(pair), {
        title: input.title,
        notes: input.notes,
        exportedAt,
      }),
    )
    await store.close()
  })

  it('exports the entity matrix as CSV', async () => {
    const { store, service, asked } = await setUp(intoTempDir)
    const result = await service.export({
      roleIds: pair,
      title: 'Shortlist: data roles',
      notes: '',
      format: 'csv',
    })
    const filePath = path.join(tempDir(), 'Shortlist data roles entities.csv')
    expect(result).toEqual({ saved: true, path: filePath })
    expect(asked).toEqual([['Shortlist data roles entities.csv', 'csv']])
    expect(await readFile(filePath, 'utf8')).toBe(entityMatrixToCsv(service.compare(pair)))
    await store.close()
  })

  it('writes nothing when the user cancels', async () => {
    const { store, service, asked } = await setUp(() => null)
    const result = await service.export({ roleIds: pair, title: 'T', notes: '', format: 'csv' })
    expect(result).toEqual({ saved: false })
    expect(asked).toHaveLength(1)
    expect((await readdir(tempDir())).filter((name) => name !== 'backups')).toEqual([
      'role-atlas.json',
    ])
    await store.close()
  })

  it('does not ask where to save a comparison of an unknown role', async () => {
    const { store, service, asked } = await setUp(intoTempDir)
    await expect(
      service.export({
        roleIds: ['astronaut', 'data-manager'],
        title: 'T',
        notes: '',
        format: 'csv',
      }),
    ).rejects.toMatchObject({ code: 'not-found' })
    expect(asked).toEqual([])
    await store.close()
  })

  it('says so plainly when the chosen folder cannot be written', async () => {
    const { store, service } = await setUp((suggested) => path.join(exportsDir(), suggested))
    const exporting = service.export({ roleIds: pair, title: 'T', notes: '', format: 'markdown' })
    await expect(exporting).rejects.toBeInstanceOf(AppError)
    await expect(exporting).rejects.toThrow('The file could not be saved there.')
    await store.close()
  })
})
