import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron'

/** The application menu: the platform's usual edit, view and window roles, and Help › About. */
export function installAppMenu(dataFilePath: string): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Show Data File', click: () => shell.showItemInFolder(dataFilePath) },
        { type: 'separator' },
        { label: 'About Role Atlas', click: () => app.showAboutPanel() },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
