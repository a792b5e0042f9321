import { existsSync } from 'node:fs'
import { cp, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeAppResources } from '../package/packaged-app/app-layout'

/** The variable that names an unpacked Electron (the folder holding the `electron` binary). */
export const ELECTRON_DIST_VARIABLE = 'ELECTRON_OVERRIDE_DIST_PATH'

/** The Electron binary's name inside an unpacked dist, and the name electron-builder gives it. */
const EXECUTABLES: Partial<Record<NodeJS.Platform, { electron: string; app: string }>> = {
  linux: { electron: 'electron', app: 'role-atlas' },
  win32: { electron: 'electron.exe', app: 'Role Atlas.exe' },
}

/** Where a real Electron is, or why this machine has none the journey can use. */
export type ElectronLookup = { dist: string } | { missing: string }

/** Finds the real Electron named by ELECTRON_OVERRIDE_DIST_PATH. */
export function findElectron(): ElectronLookup {
  const dist = process.env[ELECTRON_DIST_VARIABLE]
  const names = EXECUTABLES[process.platform]
  if (!names) {
    return {
      missing:
        `staging an installed app from an unpacked Electron is written for Linux and Windows; on ` +
        `${process.platform} the bundle must be re-signed after renaming, so run it there by hand`,
    }
  }
  if (!dist) return { missing: `${ELECTRON_DIST_VARIABLE} is not set` }
  if (!existsSync(join(dist, names.electron))) {
    return { missing: `${ELECTRON_DIST_VARIABLE}=${dist} holds no ${names.electron}` }
  }
  return { dist }
}

/** An installed copy of the app on a real Electron. */
export interface InstalledApp {
  executable: string
  resourcesPath: string
  remove(): Promise<void>
}

/**
 * Lays out the app as electron-builder's `dir` target does: the Electron dist with its binary
 * renamed (Electron counts itself packaged only when its executable is not called `electron`),
 * its default app removed, and the app's resources in `resources/`, from the built app's
 * resources (ROLE_ATLAS_PACKAGED_RESOURCES, app.asar kept whole) or assembled from out/.
 */
export async function installOnElectron(dist: string): Promise<InstalledApp> {
  const names = EXECUTABLES[process.platform]
  if (!names) throw new Error(`No installed layout for ${process.platform}`)
  const root = await mkdtemp(join(tmpdir(), 'role-atlas-installed-'))
  try {
    await cp(dist, root, { recursive: true, verbatimSymlinks: true })
    await rename(join(root, names.electron), join(root, names.app))
    const resourcesPath = join(root, 'resources')
    await rm(join(resourcesPath, 'default_app.asar'), { force: true })
    await writeAppResources(resourcesPath, { openArchive: false })
    return {
      executable: join(root, names.app),
      resourcesPath,
      remove: () => rm(root, { recursive: true, force: true }),
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true })
    throw error
  }
}
