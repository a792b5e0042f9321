/**
 * Entry point of `npm run catalog:build` and `catalog:check` (see main.ts). Node runs the
 * TypeScript itself; the app's sources import each other as the bundler resolves them (no
 * extension, folders by their index), so a resolve hook adds `.ts` before they load.
 */
// By URL: Node needs the extension, and TypeScript checks only literal paths.
await import(new URL('../source-resolve-hook.ts', import.meta.url).href)

const { run } = await import('./main')
await run(process.argv.slice(2))
