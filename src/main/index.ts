import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, screen, shell } from 'electron'
import { openAppContainer, type AppContainer } from './app-container'
import type { OpenPurpose, SaveFormat } from './dialogs/dialogs'
import { registerIpc } from './ipc/register'
import { installAppMenu } from './menu'
import { bundledResourceFiles } from './resources/bundled-resources'
import { denyAllPermissions, hardenWebContents } from './security/harden'
import { InstanceLockedError } from './store/instance-lock'
import { restoreBounds } from './window/window-bounds'
import { WindowStateService } from './window/window-state-service'

const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
const preloadFile = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
// Built beside this file from its own entry (electron.vite.config.ts). Inside app.asar: Electron
// reads worker scripts from the archive since 18 (electron/electron#33216), so no asarUnpack.
const articleParserWorkerFile = fileURLToPath(
  new URL('./article-parser-worker.js', import.meta.url),
)
// electron-vite sets this only in `npm run dev`, where the renderer comes from its dev server.
const appEntryUrl = process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(rendererFile).href
const bundled = bundledResourceFiles({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
})

function createWindow(windowState: WindowStateService): BrowserWindow {
  const saved = windowState.saved()
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const window = new BrowserWindow({
    ...restoreBounds(saved, displays),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Role Atlas',
    // Windows and macOS take the icon from the executable and the app bundle; Linux needs it here.
    ...(process.platform === 'linux' && { icon: bundled.windowIcon }),
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  hardenWebContents(window.webContents, appEntryUrl)
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    void windowState.save({ ...window.getNormalBounds(), maximized: window.isMaximized() })
  })
  void window.loadURL(appEntryUrl)
  return window
}

const saveFilters: Record<SaveFormat, Electron.FileFilter> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  json: { name: 'Role Atlas data (JSON)', extensions: ['json'] },
}

const openFilters: Record<OpenPurpose, Electron.FileFilter[]> = {
  article: [{ name: 'Articles (text, Markdown, HTML)', extensions: ['txt', 'md', 'html', 'htm'] }],
  data: [{ name: 'Role Atlas data (JSON)', extensions: ['json'] }],
  'sync-folder': [],
}

/** The save dialog for an export, starting in Documents; null when the user cancels. */
async function chooseExportPath(
  window: BrowserWindow,
  suggestedFileName: string,
  format: SaveFormat,
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), suggestedFileName),
    filters: [saveFilters[format]],
  })
  return result.canceled || !result.filePath ? null : result.filePath
}

/** The open dialog for an article or an export file; null when the user cancels. */
async function chooseOpenPath(window: BrowserWindow, purpose: OpenPurpose): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    defaultPath: app.getPath('documents'),
    properties: purpose === 'sync-folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
    filters: openFilters[purpose],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions()
  const container: AppContainer = await openAppContainer({
    dataFilePath: join(app.getPath('userData'), 'role-atlas.json'),
    version: app.getVersion(),
    openExternal: (url) => shell.openExternal(url),
    // Only the window's page can open a dialog, so by then `mainWindow` exists.
    chooseSavePath: (suggested, format) => chooseExportPath(mainWindow, suggested, format),
    chooseOpenPath: (purpose) => chooseOpenPath(mainWindow, purpose),
    openFolder: async (folderPath) => {
      const failure = await shell.openPath(folderPath)
      if (failure) throw new Error(failure)
    },
    salaryIndexPath: bundled.salaryIndex,
    catalogDir: bundled.catalogDir,
    articleParserWorker: { file: articleParserWorkerFile },
  })
  registerIpc(ipcMain, container.handlers, appEntryUrl, (channel, error) =>
    console.error(`[ipc] ${channel} failed`, error),
  )
  installAppMenu(container.store.filePath)
  app.setAboutPanelOptions({
    applicationName: 'Role Atlas',
    applicationVersion: app.getVersion(),
    credits:
      'Compare data, AI and ML roles offline. Your data stays on this computer.\n' +
      'Salaries: aijobs.net Global AI, ML, Data Science Salary Index (aijobs.net/salaries), CC0.',
  })
  const windowState = new WindowStateService(container.store)
  let mainWindow = createWindow(windowState)
  // Sync reads the folder when the user comes back to the app (file watching is unreliable on cloud folders).
  app.on('browser-window-focus', () => container.services.sync.onFocus())

  app.on('second-instance', () => {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(windowState)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  let shutDown = false
  app.on('will-quit', (event) => {
    if (shutDown) return
    // Hold the quit until every acknowledged change is on disk.
    event.preventDefault()
    void container.shutdown().finally(() => {
      shutDown = true
      app.quit()
    })
  })
}

// Lets tests and portable installs keep their data elsewhere; must be set before the lock.
const userDataOverride = process.env['ROLE_ATLAS_USER_DATA_DIR']
if (userDataOverride) app.setPath('userData', userDataOverride)

/** Tells the user why the app cannot start (another instance holds the data folder, say) and quits. */
function showStartFailure(error: unknown): void {
  const title =
    error instanceof InstanceLockedError
      ? 'Role Atlas is already running'
      : 'Role Atlas could not start'
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error))
  app.quit()
}

// A second launch hands over to the first and quits before it opens the database.
if (app.requestSingleInstanceLock()) {
  start().catch(showStartFailure)
} else {
  app.quit()
}
