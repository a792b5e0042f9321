import { join } from 'node:path'

/** Where the app is running from, as Electron reports it. */
export interface AppLocation {
  /** `app.isPackaged`: true in an installed app, false under `npm run dev` and `npm start`. */
  isPackaged: boolean
  /** `app.getAppPath()`: the project folder in dev and preview, `…/resources/app.asar` packaged. */
  appPath: string
  /** `process.resourcesPath`: Electron's resources folder, where electron-builder's extraResources land. */
  resourcesPath: string
}

/**
 * The folder holding the files the app ships beside its code: the built-in catalog
 * (`catalog/`), the salary index (`salaries/`) and the window icon (`icon.png`). electron-builder copies them out of app.asar as
 * extraResources (see electron-builder.yml), so a packaged app finds them in
 * `process.resourcesPath`; `npm run dev` and `npm start` run from the project, where they sit
 * in `resources/` with the same layout.
 */
export function bundledResourcesDir({ isPackaged, appPath, resourcesPath }: AppLocation): string {
  return isPackaged ? resourcesPath : join(appPath, 'resources')
}

/** The bundled files main opens, in the folder `bundledResourcesDir` names. */
export function bundledResourceFiles(location: AppLocation): {
  catalogDir: string
  salaryIndex: string
  windowIcon: string
} {
  const dir = bundledResourcesDir(location)
  return {
    catalogDir: join(dir, 'catalog'),
    salaryIndex: join(dir, 'salaries', 'aijobs-salaries.json'),
    windowIcon: join(dir, 'icon.png'),
  }
}
