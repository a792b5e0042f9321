/**
 * `npm run bench`: measures Role Atlas at full scale against budgets (scripts/bench/budgets.ts),
 * each figure beside a baseline measured in the same run. Flags: --json, --check, --quick,
 * --skip-build (see options.ts and the README).
 *
 * Node runs the bench's and the app's TypeScript itself. The app's sources import each other
 * as the bundler resolves them (no extension, folders by their index, JSON without an import
 * attribute), so a resolve hook does the same before anything else is imported.
 */
// By URL: Node needs the extension, and TypeScript checks only literal paths.
await import(new URL('../source-resolve-hook.ts', import.meta.url).href)

await import('./run')
