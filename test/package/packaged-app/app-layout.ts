import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { extractAll } from '@electron/asar'

const REPO = resolve(import.meta.dirname, '../../..')

/**
 * The packaged app's files laid out as Electron finds them: `resources/app/` (Electron loads
 * a folder of that name when there is no app.asar) beside the extra resources.
 */
export interface PackagedApp {
  /** `process.resourcesPath`. */
  resourcesPath: string
  /** `app.getAppPath()`: the folder holding the app's package.json and out/. */
  appPath: string
  /** The `main` entry of the app's package.json. */
  mainEntry: string
  /** Removes the temporary copy. */
  remove(): Promise<void>
}

/** What `npm run test:package` hands over: the resources folder of the built Linux app. */
export const PACKAGED_RESOURCES_VARIABLE = 'ROLE_ATLAS_PACKAGED_RESOURCES'

/** Where the packaged files come from, in words for a suite's title. */
export function packagedAppSource(): string {
  const packaged = process.env[PACKAGED_RESOURCES_VARIABLE]
  return packaged ? `built by electron-builder (${packaged})` : 'assembled from out/'
}

/**
 * The app as packaged, opened up for Node: from the built app (`ROLE_ATLAS_PACKAGED_RESOURCES`,
 * its app.asar extracted) or, without one, assembled from this repository.
 */
export async function preparePackagedApp(): Promise<PackagedApp> {
  const root = await mkdtemp(join(tmpdir(), 'role-atlas-packaged-'))
  const resourcesPath = join(root, 'resources')
  const appPath = join(resourcesPath, 'app')
  try {
    await writeAppResources(resourcesPath, { openArchive: true })
    const { main } = JSON.parse(await readFile(join(appPath, 'package.json'), 'utf8')) as {
      main: string
    }
    return {
      resourcesPath,
      appPath,
      mainEntry: join(appPath, main),
      remove: () => rm(root, { recursive: true, force: true }),
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true })
    throw error
  }
}

/**
 * Fills `resourcesPath` with the app and its extra resources. From the built app, a copy of
 * its resources folder (with app.asar extracted to `app/` when `openArchive`, for Node, which
 * cannot read an archive); otherwise the app assembled from this repository the way
 * electron-builder packs it: out/, package.json and the production dependencies in `app/`,
 * the salary index (and window icon) as extra resources.
 */
export async function writeAppResources(
  resourcesPath: string,
  options: { openArchive: boolean },
): Promise<void> {
  const packaged = process.env[PACKAGED_RESOURCES_VARIABLE]
  const appPath = join(resourcesPath, 'app')
  if (!packaged) {
    await assembleFromRepository(resourcesPath, appPath)
    return
  }
  const archive = join(packaged, 'app.asar')
  if (!existsSync(archive)) {
    throw new Error(`${PACKAGED_RESOURCES_VARIABLE}=${packaged} holds no app.asar.`)
  }
  await cp(packaged, resourcesPath, {
    recursive: true,
    filter: (source) => !options.openArchive || !source.startsWith(archive),
  })
  if (options.openArchive) extractAll(archive, appPath)
}

async function assembleFromRepository(resourcesPath: string, appPath: string): Promise<void> {
  if (!existsSync(join(REPO, 'out/main/index.js'))) {
    throw new Error('out/ is missing: run `npm run bundle` before the packaged-app journey.')
  }
  await mkdir(appPath, { recursive: true })
  await cp(join(REPO, 'out'), join(appPath, 'out'), { recursive: true })
  await cp(join(REPO, 'package.json'), join(appPath, 'package.json'))
  await copyProductionDependencies(appPath)
  await cp(join(REPO, 'resources/salaries'), join(resourcesPath, 'salaries'), { recursive: true })
  for (const name of await readdir(join(REPO, 'resources'))) {
    if (name.endsWith('.png')) await cp(join(REPO, 'resources', name), join(resourcesPath, name))
  }
}

/** Copies `dependencies` and everything they depend on, as electron-builder packs them. */
async function copyProductionDependencies(appPath: string): Promise<void> {
  const seen = new Set<string>()
  const queue = Object.keys(await dependenciesOf(REPO))
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue
    seen.add(name)
    const folder = join(REPO, 'node_modules', name)
    await cp(folder, join(appPath, 'node_modules', name), { recursive: true })
    queue.push(...Object.keys(await dependenciesOf(folder)))
  }
}

async function dependenciesOf(folder: string): Promise<Record<string, string>> {
  const json = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  return json.dependencies ?? {}
}
