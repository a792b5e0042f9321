import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, it } from 'vitest'

const RENDERER = resolve(import.meta.dirname, '../../src/renderer/src')
const SHARED = resolve(import.meta.dirname, '../../src/shared')
// Value imports only: `import type` and `type`-only specifiers vanish at build time.
const VALUE_IMPORT = /import\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/g

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesIn(join(dir, entry.name))
      : /\.(ts|svelte)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|svelte)$/.test(candidate)) return candidate
  }
  return null
}

/** Every package the renderer's code reaches through value imports, following local files. */
function packagesReached(): Map<string, string> {
  const reached = new Map<string, string>()
  const seen = new Set<string>()
  const queue = sourcesIn(RENDERER)
  while (queue.length > 0) {
    const file = queue.pop()
    if (!file || seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8').replace(
      /import\s+type\s[^;]*?from\s+['"][^'"]+['"]/g,
      '',
    )
    for (const [, specifier = ''] of text.matchAll(VALUE_IMPORT)) {
      // `@shared/x` is src/shared/x (the path alias): followed like a relative import.
      const aliased = specifier.startsWith('@shared/')
      if (specifier.startsWith('.') || aliased) {
        const local = aliased
          ? resolveLocal(join(SHARED, 'alias'), `./${specifier.slice('@shared/'.length)}`)
          : resolveLocal(file, specifier)
        if (local) queue.push(local)
      } else if (!reached.has(specifier)) {
        reached.set(specifier, file)
      }
    }
  }
  return reached
}

it('keeps zod out of the renderer: schemas stay in main and the preload', () => {
  const reached = packagesReached()
  expect(reached.get('zod'), `zod is reached from ${reached.get('zod')}`).toBeUndefined()
  expect([...reached.keys()].every((name) => name === 'svelte' || name.startsWith('svelte/'))).toBe(
    true,
  )
})
