import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { describe, expect, it } from 'vitest'
import { bundledResourceFiles } from '../../src/main/resources/bundled-resources'
import { loadCatalogFrom } from '../../src/main/services/catalog/bundled-catalog'
import { decodeSalaryIndex } from '@shared/domain/salary/salary-index'
import { packagedResources } from './packaged-app'

const root = path.resolve(import.meta.dirname, '../..')
const resources = packagedResources()
const archive = path.join(resources, 'app.asar')

/**
 * The most app.asar may weigh. Today it is 3.3 MB: the built app in out/ (~1 MB: main with
 * the catalog, the sandboxed preload with its own copy of zod, the minified renderer) and the
 * production packages main loads at run time (~2.3 MB, nearly all of it zod's ESM and
 * CommonJS builds; lowdb and steno are a few KB). The budget leaves ~20% for growth; crossing it
 * means a new dependency, a dev tool or sources slipped in. Look at what before raising it.
 */
const ASAR_BUDGET_BYTES = 4 * 1024 * 1024

type PackageJson = {
  main?: string
  type?: string
  productName?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const readJson = (file: string): PackageJson =>
  JSON.parse(readFileSync(file, 'utf8')) as PackageJson

/** Every path in app.asar, relative and with forward slashes, e.g. `out/main/index.js`. */
const files = listPackage(archive, { isPack: false }).map((entry) =>
  entry.split(path.sep).join('/').replace(/^\//, ''),
)
const project = readJson(path.join(root, 'package.json'))

/** The packages a production install of the project holds: its dependencies and theirs. */
function productionPackages(): Set<string> {
  const found = new Set<string>()
  const visit = (name: string): void => {
    if (found.has(name)) return
    found.add(name)
    const manifest = readJson(path.join(root, 'node_modules', name, 'package.json'))
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency)
  }
  for (const name of Object.keys(project.dependencies ?? {})) visit(name)
  return found
}

/** The package names under node_modules/ in app.asar (scoped ones as `@scope/name`). */
function packagedPackages(): Set<string> {
  const names = new Set<string>()
  for (const file of files) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)
    if (match?.[1]) names.add(match[1])
  }
  return names
}

describe('app.asar of the unpacked Linux app', () => {
  it('holds the built main and its article parser thread, the sandboxed preload and the renderer page', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'out/main/index.js',
        'out/main/article-parser-worker.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
      ]),
    )
  })

  it('holds a package.json that starts Electron on the built main as an ES module', () => {
    const packaged = JSON.parse(
      extractFile(archive, 'package.json').toString('utf8'),
    ) as PackageJson
    expect(packaged.main).toBe('./out/main/index.js')
    expect(files).toContain(path.posix.normalize(packaged.main ?? ''))
    expect(packaged.type).toBe('module')
    expect(packaged.productName).toBe('Role Atlas')
  })

  it('holds no sources, tests, scripts, docs or bundled data of the project', () => {
    const topLevel = new Set(files.map((file) => file.split('/')[0]))
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json'])
    // Only the three builds: test runs also write to out/ (screenshots of every screen).
    const builds = new Set(
      files.filter((file) => file.startsWith('out/')).map((file) => file.split('/')[1]),
    )
    expect([...builds].sort()).toEqual(['main', 'preload', 'renderer'])
  })

  it('holds the production packages main loads, and no dev dependency', () => {
    const packaged = packagedPackages()
    expect([...packaged].sort()).toEqual([...productionPackages()].sort())
    for (const dev of Object.keys(project.devDependencies ?? {}))
      expect(packaged).not.toContain(dev)
  })

  it('holds no source map and no TypeScript', () => {
    expect(files.filter((file) => /\.(map|ts|cts|mts)$/.test(file))).toEqual([])
  })

  it('gives the renderer no copy of zod: every check runs in main and the preload', () => {
    // A plain list or limit imported from a schema's module brings zod with it, unseen: the
    // plan screen's code once grew from 31 to 126 KB and its heap by half a megabyte that way.
    const withZod = files
      .filter((file) => file.startsWith('out/renderer/') && file.endsWith('.js'))
      .filter((file) => extractFile(archive, file).toString('utf8').includes('$ZodType'))
    expect(withZod).toEqual([])
  })

  it(`weighs no more than its budget of ${ASAR_BUDGET_BYTES / 1024 / 1024} MB`, () => {
    expect(statSync(archive).size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES)
  })
})

describe('the bundled data beside app.asar', () => {
  // Exactly what Electron tells main in an installed app.
  const bundled = bundledResourceFiles({
    isPackaged: true,
    appPath: archive,
    resourcesPath: resources,
  })

  it('puts a readable salary index, with its source note, where main looks for it', () => {
    expect(existsSync(bundled.salaryIndex)).toBe(true)
    const index = decodeSalaryIndex(JSON.parse(readFileSync(bundled.salaryIndex, 'utf8')))
    expect(index.titles.length).toBeGreaterThan(0)
    expect(index.salary.length).toBe(index.source.rowCount)
    expect(
      readFileSync(path.join(path.dirname(bundled.salaryIndex), 'README.md'), 'utf8'),
    ).toContain('aijobs.net')
  })

  it('puts the built-in catalog, with the O*NET attribution, where main looks for it', () => {
    const { catalog, taxonomy } = loadCatalogFrom(bundled.catalogDir)
    expect(catalog.roles.length).toBeGreaterThan(50)
    expect(taxonomy.entities.length).toBeGreaterThan(0)
    expect(readFileSync(path.join(bundled.catalogDir, 'taxonomy-onet.json'), 'utf8')).toContain(
      'O*NET 29.3 Database',
    )
  })

  it('puts the window icon where main looks for it', () => {
    const png = readFileSync(bundled.windowIcon)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})
