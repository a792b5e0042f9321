import { strict } from '../strict'
import type { MainState } from './state'

/**
 * The modules main uses for the desktop around it: `dialog`, `shell` and `screen`. Each
 * records what the app asked for; none touches the real desktop.
 */

/** `dialog`: every dialog answers "cancelled"; the journey never needs a file chosen. */
export function createDialog(state: MainState) {
  const { channel } = state
  return strict('dialog', {
    showSaveDialog: async (...args: unknown[]) => {
      channel.record('dialog.showSaveDialog', { options: args.at(-1) })
      return { canceled: true, filePath: '' }
    },
    showOpenDialog: async (...args: unknown[]) => {
      channel.record('dialog.showOpenDialog', { options: args.at(-1) })
      return { canceled: true, filePaths: [] }
    },
    showErrorBox: (title: string, content: string) => {
      channel.record('dialog.showErrorBox', { title, content })
    },
  })
}

/** `shell`: opening links, files and folders only records what would have opened. */
export function createShell(state: MainState) {
  const { channel } = state
  return strict('shell', {
    openExternal: async (url: string) => {
      channel.record('shell.openExternal', { url })
    },
    openPath: async (path: string) => {
      channel.record('shell.openPath', { path })
      return ''
    },
    showItemInFolder: (path: string) => {
      channel.record('shell.showItemInFolder', { path })
    },
  })
}

/** `screen`: one 1920×1080 display; like Electron's, unusable before the app is ready. */
export function createScreen(isReady: () => boolean) {
  const display = strict('Display', {
    id: 1,
    scaleFactor: 1,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  })
  const ensureReady = (): void => {
    if (!isReady())
      throw new Error("The 'screen' module can't be used before the app 'ready' event")
  }
  return strict('screen', {
    getAllDisplays: () => {
      ensureReady()
      return [display]
    },
    getPrimaryDisplay: () => {
      ensureReady()
      return display
    },
  })
}
