/**
 * Loaded with `--import` before the packaged main: makes `electron` resolve to the double,
 * the way Electron serves it as a built-in (the package's own files are never consulted), and
 * gives `process` what Electron's main process has before the app's first line runs.
 */
import { registerHooks } from 'node:module'

const doubleFolder = new URL('./', import.meta.url).href
const electronModule = new URL('./electron-main.ts', import.meta.url).href

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: electronModule, shortCircuit: true }
    // The double's own files import each other without an extension, as the app's sources do.
    const fromDouble = context.parentURL?.startsWith(doubleFolder) ?? false
    if (fromDouble && /^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)) {
      return nextResolve(`${specifier}.ts`, context)
    }
    return nextResolve(specifier, context)
  },
})

const resourcesPath = process.env['ROLE_ATLAS_DOUBLE_RESOURCES_PATH']
if (!resourcesPath)
  throw new Error('ROLE_ATLAS_DOUBLE_RESOURCES_PATH must name the resources folder.')
// Electron's main process has these before the app runs; the packaged app finds its data there.
Object.assign(process, { resourcesPath, type: 'browser' })
