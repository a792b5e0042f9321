import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRendererElectron } from '../electron-double/renderer/electron-renderer'
import { NotImplementedInDouble } from '../electron-double/strict'
import { runSandboxedPreload } from './sandboxed-preload'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sandboxed-preload-'))
})

afterEach(() => rm(folder, { recursive: true, force: true }))

/** Runs `source` as the packaged preload would run; returns what it exposed as `probe`. */
async function runPreload(source: string): Promise<unknown> {
  const file = join(folder, 'index.cjs')
  await writeFile(file, source)
  const calls: string[] = []
  const { electron, exposed } = createRendererElectron(async (channel) => calls.push(channel))
  await runSandboxedPreload(file, electron)
  return exposed.get('probe')
}

describe('the sandbox the packaged preload runs in', () => {
  it('lets it require only electron and the built-ins Electron’s sandbox allows', async () => {
    const probe = await runPreload(`
      const allowed = ['electron', 'events', 'node:events', 'timers', 'url', 'node:url']
        .map((id) => typeof require(id));
      const refused = ['fs', 'node:fs', 'path', 'child_process', './other.cjs'].map((id) => {
        try { require(id); return 'loaded ' + id } catch (error) { return error.message }
      });
      require('electron').contextBridge.exposeInMainWorld('probe', { allowed, refused });`)
    expect(probe).toEqual({
      allowed: ['object', 'function', 'function', 'object', 'object', 'object'],
      refused: [
        'module not found: fs',
        'module not found: node:fs',
        'module not found: path',
        'module not found: child_process',
        'module not found: ./other.cjs',
      ],
    })
  })

  it('gives it no Node globals and a process without environment', async () => {
    const probe = await runPreload(`
      require('electron').contextBridge.exposeInMainWorld('probe', {
        globals: [typeof __dirname, typeof __filename, typeof globalThis.require, typeof globalThis.process],
        env: Object.keys(process.env).length,
        sandboxed: process.sandboxed,
      });`)
    expect(probe).toEqual({
      globals: ['undefined', 'undefined', 'undefined', 'undefined'],
      env: 0,
      sandboxed: true,
    })
  })

  it('throws when the preload uses a part of the renderer modules the double lacks', async () => {
    await expect(runPreload(`require('electron').ipcRenderer.send('raw', 1)`)).rejects.toThrow(
      new NotImplementedInDouble('ipcRenderer.send'),
    )
    await expect(runPreload(`require('electron').webFrame.setZoomFactor(2)`)).rejects.toThrow(
      new NotImplementedInDouble('electron.webFrame'),
    )
  })

  it('refuses a second API under a key already exposed, as contextBridge does', async () => {
    await expect(
      runPreload(`const { contextBridge } = require('electron');
        contextBridge.exposeInMainWorld('api', {}); contextBridge.exposeInMainWorld('api', {});`),
    ).rejects.toThrow('Cannot bind an API on top of an existing property')
  })
})
