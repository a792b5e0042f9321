import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createContext, runInContext } from 'node:vm'
import { strict } from '../electron-double/strict'

/** Node's built-ins a sandboxed preload may require (Electron's sandbox docs), bare or `node:`. */
const SANDBOX_BUILTINS = new Set(['events', 'timers', 'url'])

const nodeRequire = createRequire(import.meta.url)

/**
 * The `require` Electron gives a sandboxed preload: `electron` (renderer modules only) and
 * three Node built-ins; anything else, a file of the app or `fs` included, is refused.
 */
export function sandboxRequire(electron: object): (id: string) => unknown {
  return (id) => {
    if (id === 'electron') return electron
    const bare = id.replace(/^node:/, '')
    if (SANDBOX_BUILTINS.has(bare)) return nodeRequire(`node:${bare}`)
    throw new Error(`module not found: ${id}`)
  }
}

/** The `process` a sandboxed preload sees: a few facts, no file system, no environment. */
function sandboxProcess(): object {
  return strict('process', {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    platform: process.platform,
    arch: process.arch,
    versions: { ...process.versions },
    env: {},
    argv: [],
  })
}

/**
 * Runs the packaged preload as Electron runs a sandboxed one: in a context of its own (the
 * isolated world: no Node globals), wrapped in the function Electron wraps it in, which
 * passes `require`, `process`, `Buffer`, `global`, the immediate timers, `exports` and `module`.
 */
export async function runSandboxedPreload(preloadFile: string, electron: object): Promise<void> {
  const source = await readFile(preloadFile, 'utf8')
  const isolatedWorld = createContext({ console })
  const wrapper = runInContext(
    `(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {${source}\n})`,
    isolatedWorld,
    { filename: preloadFile },
  ) as (...args: unknown[]) => void
  const module = { exports: {} }
  wrapper(
    sandboxRequire(electron),
    sandboxProcess(),
    Buffer,
    isolatedWorld,
    setImmediate,
    clearImmediate,
    module.exports,
    module,
  )
}
