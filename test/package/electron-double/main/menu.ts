import { strict } from '../strict'
import type { MainState } from './state'

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
