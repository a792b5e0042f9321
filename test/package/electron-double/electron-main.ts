/**
 * The module `electron` resolves to when the packaged main runs under the double (see
 * bootstrap.ts). Named exports only for what src/main imports: importing anything else fails
 * when the module links, and reading anything else from these objects throws.
 */
import { createMainElectron } from './main/create-main-electron'
import { processChannel } from './process-channel'
import { strict } from './strict'

const appPath = process.env['ROLE_ATLAS_DOUBLE_APP_PATH']
if (!appPath) throw new Error('ROLE_ATLAS_DOUBLE_APP_PATH must name the packaged app folder.')

const electron = createMainElectron(processChannel(), { appPath, isPackaged: true })

export const { app, BrowserWindow, ipcMain, dialog, shell, screen, session, Menu } = electron
export default strict('electron', electron)
