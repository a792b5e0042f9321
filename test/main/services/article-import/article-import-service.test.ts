import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import type { Role, RoleItem } from '@shared/domain/role'
import { ARTICLE_MAX_BYTES } from '@shared/importer/limits'
import { AppError } from '@shared/ipc/result'
import { listBackups } from '../../../../src/main/store/backups'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

const JOURNEY = path.resolve(
  import.meta.dirname,
  '../../../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)

function journeyText(): Promise<string> {
  return readFile(JOURNEY, 'utf8')
}

describe('ArticleImportService', () => {
  const tempDir = useTempDir()

  async function withContainer(
    run: (container: AppContainer) => Promise<void>,
    openPaths: string[] = [],
  ): Promise<void> {
    const container = await openTestContainer(tempDir(), {
      chooseOpenPath: async () => openPaths.shift() ?? null,
    })
    try {
      await run(container)
    } finally {
      await container.shutdown()
    }
  }

  it('previews both roles and suggests the library role a parsed role names', async () => {
    await withContainer(async ({ services }) => {
      const preview = await services.articleImport.preview(await journeyText())
      expect(preview.article.roles.map((role) => role.name)).toEqual([
        'Data Manager',
        'Analytics Engineer',
      ])
      expect(preview.suggestedRoleIds).toEqual(['data-manager', null])
      expect(preview.mergeTargets.map((target) => target.id)).toContain('data-manager')
      expect(preview.entities.sql?.name).toBe('SQL')
    })
  })

  it('refuses text that is not an article with the parser’s own sentence, and saves nothing', async () => {
    await withContainer(async ({ services, store }) => {
      const before = store.data
      await expect(services.articleImport.preview('')).rejects.toThrow(AppError)
      await expect(
        services.articleImport.save({
          text: 'Just a shopping list: eggs, milk.',
          roles: [
            { action: 'new', name: 'A' },
            { action: 'new', name: 'B' },
          ],
        }),
      ).rejects.toMatchObject({ code: 'invalid-input' })
      expect(store.data).toBe(before)
    })
  })

  it('reduces pasted HTML to its text, leaving its scripts out', async () => {
    await withContainer(async ({ services }) => {
      const body = (await journeyText())
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('\n')
      const html = `<!DOCTYPE html><html><head><script>alert('x')</script></head><body>${body}</body></html>`
      const preview = await services.articleImport.preview(html)
      expect(preview.article.roles[1].sections.tools.map((item) => item.text)).toContain(
        'Git for version control',
      )
      expect(JSON.stringify(preview.article)).not.toContain('alert')
    })
  })

  const journeyDecisions = [
    { action: 'merge', roleId: 'data-manager' },
    { action: 'new', name: 'Analytics Engineer' },
  ] as const

  it('merges one role, saves the other as new and records the article, in one write', async () => {
    await withContainer(async ({ services, store }) => {
      const builtIn = services.catalog.get('data-manager').role
      const result = await services.articleImport.save({
        text: await journeyText(),
        roles: [...journeyDecisions],
      })
      expect(result.articleId).toBe('data-manager-vs-analytics-engineer')
      expect(result.roles.map(({ id, action }) => [id, action])).toEqual([
        ['data-manager', 'merge'],
        ['analytics-engineer', 'new'],
      ])
      expect(result.roles[1].added).toBeGreaterThan(20)

      const merged = services.catalog.get('data-manager')
      const everything = (role: Role): RoleItem[] => [
        ...Object.values(role.sections).flat(),
        ...role.outlook.statements,
      ]
      const itemCount = (role: Role): number =>
        everything(role).length + role.outlook.figures.length
      expect(itemCount(merged.role) - itemCount(builtIn)).toBe(result.roles[0].added)
      expect(
        everything(merged.role).find(
          (item) => item.text === 'Coordinate data audits with the compliance team',
        )?.provenance,
      ).toEqual({ origin: 'import', articleIds: ['data-manager-vs-analytics-engineer'] })
      expect(
        merged.articles['data-manager-vs-analytics-engineer']?.listings?.listings,
      ).toHaveLength(2)

      const created = services.catalog.get('analytics-engineer')
      expect(created.role.origin).toBe('imported')
      expect(created.role.sections.tips.map((tip) => tip.text)).toContain(
        'Learn SQL well before anything else',
      )
      expect(created.role.outlook.figures.map((f) => [f.label, f.value, f.source])).toEqual([
        ['Projected employment growth', 8, 'U.S. Bureau of Labor Statistics'],
        ['Average salary', 110000, 'Glassdoor'],
      ])
      expect(Object.keys(created.articles)).toEqual(['data-manager-vs-analytics-engineer'])
      expect(store.data.articles.map((article) => article.id)).toEqual([
        'data-manager-vs-analytics-engineer',
      ])

      const comparison = services.compare.compare(['data-manager', 'analytics-engineer'])
      expect(Object.keys(comparison.articles)).toContain('data-manager-vs-analytics-engineer')
    })
  })

  it('backs the data up before merging into a role the user has, not before adding new ones', async () => {
    await withContainer(async ({ services, store }) => {
      const text = await journeyText()
      const preImport = async (): Promise<string[]> =>
        (await listBackups(store.filePath))
          .filter((backup) => backup.kind === 'pre-import')
          .map((backup) => backup.name)

      await services.articleImport.save({
        text,
        roles: [
          { action: 'new', name: 'Records Manager' },
          { action: 'new', name: 'Analytics Engineer' },
        ],
      })
      expect(await preImport()).toEqual([])

      const before = JSON.stringify(store.data)
      await services.articleImport.save({
        text,
        roles: [
          { action: 'merge', roleId: 'data-manager' },
          { action: 'merge', roleId: 'analytics-engineer' },
        ],
      })
      const [backup] = await preImport()
      expect(backup).toBeDefined()
      const saved = await readFile(
        path.join(path.dirname(store.filePath), 'backups', backup ?? ''),
        'utf8',
      )
      expect(JSON.stringify(JSON.parse(saved))).toBe(before)
    })
  })

  it('doubles nothing when the same article is merged into the same roles again', async () => {
    await withContainer(async ({ services, store }) => {
      const text = await journeyText()
      await services.articleImport.save({ text, roles: [...journeyDecisions] })
      const once = store.data.roles
      const again = await services.articleImport.save({
        text,
        roles: [
          { action: 'merge', roleId: 'data-manager' },
          { action: 'merge', roleId: 'analytics-engineer' },
        ],
      })
      expect(again.roles.map((role) => role.added)).toEqual([0, 0])
      expect(store.data.roles).toEqual(once)
      expect(store.data.articles).toHaveLength(1)
    })
  })

  it('undo puts the roles and articles back as they were, and works once', async () => {
    await withContainer(async ({ services, store }) => {
      const before = { roles: store.data.roles, articles: store.data.articles }
      const result = await services.articleImport.save({
        text: await journeyText(),
        roles: [...journeyDecisions],
      })
      await services.articleImport.undo(result.undoId)
      expect({ roles: store.data.roles, articles: store.data.articles }).toEqual(before)
      await expect(services.articleImport.undo(result.undoId)).rejects.toMatchObject({
        code: 'not-found',
        message: 'This import can no longer be undone.',
      })
    })
  })

  it('refuses decisions that cannot be saved, naming the problem', async () => {
    await withContainer(async ({ services, store }) => {
      const before = store.data
      await expect(
        services.articleImport.save({
          text: await journeyText(),
          roles: [
            { action: 'new', name: 'Data Manager' },
            { action: 'new', name: 'Analytics Engineer' },
          ],
        }),
      ).rejects.toThrow(
        'A role named “Data Manager” already exists: merge into it or choose another name.',
      )
      expect(store.data).toBe(before)
    })
  })

  it('keeps what was merged into a built-in role when a newer catalog replaces it', async () => {
    const { loadBundledCatalog } =
      await import('../../../../src/main/services/catalog/bundled-catalog')
    const { mergeBuiltInCatalog } = await import('../../../../src/main/services/catalog/merge')
    await withContainer(async ({ services, store }) => {
      await services.articleImport.save({ text: await journeyText(), roles: [...journeyDecisions] })
      const { catalog } = loadBundledCatalog()
      const upgraded = mergeBuiltInCatalog(store.data, { ...catalog, version: catalog.version + 1 })
      const dataManager = upgraded?.roles.find((role) => role.id === 'data-manager')
      expect(dataManager?.origin).toBe('builtin')
      expect(dataManager).toEqual(store.data.roles.find((role) => role.id === 'data-manager'))
    })
  })

  describe('openFile', () => {
    it('answers { opened: false } when the user cancels the dialog', async () => {
      await withContainer(async ({ services }) => {
        expect(await services.articleImport.openFile()).toEqual({ opened: false })
      })
    })

    it('reads the chosen article and names the file', async () => {
      await withContainer(
        async ({ services }) => {
          expect(await services.articleImport.openFile()).toEqual({
            opened: true,
            fileName: 'journey-data-manager-vs-analytics-engineer.txt',
            text: await journeyText(),
          })
        },
        [JOURNEY],
      )
    })

    it('reduces an HTML file to its text without its scripts', async () => {
      const file = path.join(tempDir(), 'article.html')
      const body = (await journeyText())
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('\n')
      await writeFile(file, `<html><body><script>alert("x")</script>${body}</body></html>`)
      await withContainer(
        async ({ services }) => {
          const opened = await services.articleImport.openFile()
          expect(opened.opened && opened.text).not.toContain('alert')
          expect(opened.opened && opened.text).toContain('Data Manager Responsibilities')
        },
        [file],
      )
    })

    it('refuses a file over the size limit, a missing file and a binary file by name', async () => {
      const large = path.join(tempDir(), 'huge.txt')
      await writeFile(large, 'a'.repeat(ARTICLE_MAX_BYTES + 10))
      const binary = path.join(tempDir(), 'photo.txt')
      await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]))
      await withContainer(
        async ({ services }) => {
          await expect(services.articleImport.openFile()).rejects.toMatchObject({
            code: 'invalid-input',
            message: expect.stringMatching(/2 MB/),
          })
          await expect(services.articleImport.openFile()).rejects.toThrow(
            'Could not open “gone.txt”: it no longer exists.',
          )
          await expect(services.articleImport.openFile()).rejects.toMatchObject({
            code: 'invalid-input',
          })
        },
        [large, path.join(tempDir(), 'gone.txt'), binary],
      )
    })
  })
})
