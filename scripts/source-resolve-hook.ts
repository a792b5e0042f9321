/**
 * Lets Node run the app's TypeScript sources as they are: they import each other as the bundler
 * resolves them (no extension, folders by their index, JSON without an import attribute,
 * `@shared/…`), so this resolve hook does the same. The bench and the catalog build load it
 * before anything else; tests load it with `--import` in a worker thread's execArgv.
 */
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

// `@shared/x` is src/shared/x, as tsconfig's paths and the bundler's alias have it.
const SHARED = new URL('../src/shared/', import.meta.url)

registerHooks({
  resolve(written, context, nextResolve) {
    const specifier = written.startsWith('@shared/')
      ? new URL(written.slice('@shared/'.length), SHARED).href
      : written
    const parent = context.parentURL
    const local = /^\.\.?\//.test(specifier) || specifier.startsWith(SHARED.href)
    if (!parent || parent.includes('/node_modules/') || !local) {
      return nextResolve(specifier, context)
    }
    if (specifier.endsWith('.json')) {
      return { ...nextResolve(specifier, context), importAttributes: { type: 'json' } }
    }
    if (/\.[a-z]+$/i.test(specifier)) return nextResolve(specifier, context)
    const asFile = `${specifier}.ts`
    const isFile = existsSync(fileURLToPath(new URL(asFile, parent)))
    return nextResolve(isFile ? asFile : `${specifier}/index.ts`, context)
  },
})
