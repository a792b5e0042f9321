import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  bundledResourceFiles,
  bundledResourcesDir,
} from '../../../src/main/resources/bundled-resources'

const project = path.resolve(import.meta.dirname, '../../..')

describe('bundledResourcesDir', () => {
  it('under npm run dev, where Electron starts on the project folder, is its resources folder', () => {
    // electron-vite dev starts `electron .` in the project, with a resourcesPath inside node_modules.
    const location = {
      isPackaged: false,
      appPath: project,
      resourcesPath: path.join(project, 'node_modules/electron/dist/resources'),
    }
    expect(bundledResourcesDir(location)).toBe(path.join(project, 'resources'))
  })

  it('under npm start (the built app, unpackaged) is also the project resources folder', () => {
    const location = {
      isPackaged: false,
      appPath: project,
      resourcesPath: '/opt/electron/resources',
    }
    expect(bundledResourcesDir(location)).toBe(path.join(project, 'resources'))
  })

  it('in an installed app, whose code is in app.asar, is the resources folder beside it', () => {
    const resourcesPath = path.join('/opt', 'Role Atlas', 'resources')
    const location = {
      isPackaged: true,
      appPath: path.join(resourcesPath, 'app.asar'),
      resourcesPath,
    }
    expect(bundledResourcesDir(location)).toBe(resourcesPath)
  })
})

describe('bundledResourceFiles', () => {
  it('names the catalog, the salary index and the window icon that are in the project', () => {
    const files = bundledResourceFiles({
      isPackaged: false,
      appPath: project,
      resourcesPath: '/unused',
    })
    expect(existsSync(path.join(files.catalogDir, 'catalog.json'))).toBe(true)
    expect(existsSync(files.salaryIndex)).toBe(true)
    expect(existsSync(files.windowIcon)).toBe(true)
  })

  it('puts them in the same layout in an installed app', () => {
    const resourcesPath = path.join('/opt', 'Role Atlas', 'resources')
    expect(
      bundledResourceFiles({
        isPackaged: true,
        appPath: path.join(resourcesPath, 'app.asar'),
        resourcesPath,
      }),
    ).toEqual({
      catalogDir: path.join(resourcesPath, 'catalog'),
      salaryIndex: path.join(resourcesPath, 'salaries', 'aijobs-salaries.json'),
      windowIcon: path.join(resourcesPath, 'icon.png'),
    })
  })
})
