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
  /** Where the files came from, for the test's title and failure messages. */
  source: string
  /** Removes the temporary copy. */
  remove(): Promise<void>
}

/** What `npm run test:package` hands over: the resources folder of the built Linux app. */
export const PACKAGED_RESOURCES_VARIABLE = 'ROLE_ATLAS_PACKAGED_RESOURCES'

/**
 * The app as packaged: from the built app (`ROLE_ATLAS_PACKAGED_RESOURCES`, its app.asar
 * extracted) or, without one, assembled from this repository the way electron-builder packs
 * it (out/, package.json, the production dependencies; the salary index as an extra resource).
 */
export async function preparePackagedApp(): Promise<PackagedApp> {
  const root = await mkdtemp(join(tmpdir(), 'role-atlas-packaged-'))
  const resourcesPath = join(root, 'resources')
  const appPath = join(resourcesPath, 'app')
  const packaged = process.env[PACKAGED_RESOURCES_VARIABLE]
  try {
    if (packaged) await copyBuiltApp(packaged, resourcesPath, appPath)
    else await assembleFromRepository(resourcesPath, appPath)
    const { main } = JSON.parse(await readFile(join(appPath, 'package.json'), 'utf8')) as {
      main: string
    }
    return {
      resourcesPath,
      appPath,
      mainEntry: join(appPath, main),
      source: packaged ? `the built app in ${packaged}` : 'the app assembled from out/',
      remove: () => rm(root, { recursive: true, force: true }),
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true })
    throw error
  }
}

async function copyBuiltApp(
  packaged: string,
  resourcesPath: string,
  appPath: string,
): Promise<void> {
  const archive = join(packaged, 'app.asar')
  if (!existsSync(archive))
    throw new Error(`${PACKAGED_RESOURCES_VARIABLE}=${packaged} holds no app.asar.`)
  // Extra resources are read where they are; only the archive is opened up, as Electron does.
  await cp(packaged, resourcesPath, {
    recursive: true,
    filter: (source) => !source.startsWith(archive),
  })
  extractAll(archive, appPath)
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
