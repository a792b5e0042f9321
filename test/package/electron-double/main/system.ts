import { strict } from '../strict'
import type { MainState } from './state'

/**
 * The small modules main uses for the desktop around it: `dialog`, `shell`, `screen`,
 * `session` and `Menu`. Each records what the app asked for; none touches the real desktop.
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

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean

/** The default session's permission handlers; without any, Electron grants a request. */
export class Session {
  private requestHandler: PermissionRequestHandler | null = null
  private checkHandler: PermissionCheckHandler | null = null

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler
  }

  /** The test's side: the page asked for `permission`; resolves to what it was granted. */
  static async request(session: Session, contents: unknown, permission: string, origin: string) {
    const checked = session.checkHandler?.(contents, permission, origin, {}) ?? true
    const requested = await new Promise<boolean>((resolve) => {
      if (!session.requestHandler) resolve(true)
      else session.requestHandler(contents, permission, resolve, { requestingUrl: origin })
    })
    return { checked, requested }
  }
}

/** Every `role` Electron's menus know (MenuItemConstructorOptions.role). */
const MENU_ROLES = new Set([
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'reload',
  'forceReload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'toggleSpellChecker',
  'togglefullscreen',
  'window',
  'minimize',
  'close',
  'help',
  'about',
  'services',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
  'showSubstitutions',
  'toggleSmartQuotes',
  'toggleSmartDashes',
  'toggleTextReplacement',
  'startSpeaking',
  'stopSpeaking',
  'zoom',
  'front',
  'appMenu',
  'fileMenu',
  'editMenu',
  'viewMenu',
  'shareMenu',
  'recentDocuments',
  'toggleTabBar',
  'selectNextTab',
  'selectPreviousTab',
  'showAllTabs',
  'mergeAllWindows',
  'clearRecentDocuments',
  'moveTabToNewWindow',
  'windowMenu',
])

/** Electron calls a menu item's click with the item, the focused window and the event. */
type MenuClick = (item: unknown, window: unknown, event: object) => void

interface MenuItemOptions {
  role?: string
  label?: string
  type?: string
  click?: MenuClick
  submenu?: MenuItemOptions[]
}

/** A menu item as the test sees it: what shows, and its click, if any. */
export interface MenuEntry {
  role?: string
  label?: string
  click?: MenuClick
  submenu?: MenuEntry[]
}

function toEntries(template: MenuItemOptions[]): MenuEntry[] {
  return template.map((item) => {
    if (item.role !== undefined && !MENU_ROLES.has(item.role)) {
      throw new Error(`Invalid menu role '${item.role}'`)
    }
    if (item.role === undefined && item.label === undefined && item.type !== 'separator') {
      throw new Error('A menu item needs a role, a label or the separator type')
    }
    return {
      ...(item.role !== undefined ? { role: item.role } : {}),
      ...(item.label !== undefined ? { label: item.label } : {}),
      ...(item.click ? { click: item.click } : {}),
      ...(item.submenu ? { submenu: toEntries(item.submenu) } : {}),
    }
  })
}

function describeEntries(entries: MenuEntry[]): unknown[] {
  return entries.map((entry) => ({
    role: entry.role ?? null,
    label: entry.label ?? null,
    submenu: entry.submenu ? describeEntries(entry.submenu) : null,
  }))
}

/** `Menu`: templates are checked for Electron's roles; the application menu is recorded. */
export function createMenu(state: MainState) {
  let applicationMenu: { items: MenuEntry[] } | null = null
  return strict('Menu', {
    buildFromTemplate: (template: MenuItemOptions[]) =>
      strict('Menu', { items: toEntries(template) }),
    setApplicationMenu: (menu: { items: MenuEntry[] } | null) => {
      applicationMenu = menu
      state.channel.record('Menu.setApplicationMenu', {
        items: menu ? describeEntries(menu.items) : null,
      })
    },
    getApplicationMenu: () => applicationMenu,
  })
}
