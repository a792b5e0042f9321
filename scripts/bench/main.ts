/**
 * `npm run bench`: measures Role Atlas at full scale against budgets (scripts/bench/budgets.ts),
 * each figure beside a baseline measured in the same run. Flags: --json, --check, --quick,
 * --skip-build (see options.ts and the README).
 *
 * Node runs the bench's and the app's TypeScript itself. The app's sources import each other
 * as the bundler resolves them (no extension, folders by their index, JSON without an import
 * attribute), so a resolve hook does the same before anything else is imported.
 */
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL
    // Packages resolve their own imports; only the app's and the bench's relative ones need this.
    if (!parent || parent.includes('/node_modules/') || !/^\.\.?\//.test(specifier)) {
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

await import('./run')
