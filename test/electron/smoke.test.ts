import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Needs the real Electron runtime (downloaded on first launch, or ELECTRON_OVERRIDE_DIST_PATH),
// so it runs only through `npm run test:electron`, never inside `npm test`.
describe('the packaged shell in real Electron', () => {
  let app: ElectronApplication | undefined
  let window: Page
  let userData: string

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'role-atlas-electron-'))
    app = await electron.launch({
      args: [resolve(import.meta.dirname, '../..')],
      env: { ...process.env, ROLE_ATLAS_USER_DATA_DIR: userData },
    })
    window = await app.firstWindow()
  })

  afterAll(async () => {
    await app?.close()
    await rm(userData, { recursive: true, force: true })
  })

  it('shows the library of built-in roles through the preload bridge', async () => {
    await window.getByRole('list', { name: 'Roles' }).waitFor()
    expect(await window.getByRole('list', { name: 'Roles' }).getByRole('article').count()).toBe(7)
    expect(await window.title()).toBe('Role Atlas')
  })

  it('gives the page no Node.js and no raw IPC', async () => {
    const exposed = await window.evaluate(
      'JSON.stringify({ require: typeof require, process: typeof process, api: Object.keys(window.api).sort() })',
    )
    expect(JSON.parse(String(exposed))).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: ['app', 'library', 'links', 'roles', 'taxonomy'],
    })
  })

  it('refuses to navigate away from the app', async () => {
    const before = window.url()
    await window.evaluate("window.location.href = 'https://example.com/'")
    await window.waitForTimeout(500)
    expect(window.url()).toBe(before)
  })

  it('keeps the data file in the user-data folder it was given', async () => {
    if (!app) throw new Error('Electron did not start')
    const dataFile = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    expect(dataFile).toBe(userData)
  })
})
