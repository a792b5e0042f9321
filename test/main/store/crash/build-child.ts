import path from 'node:path'
import { build } from 'vite'

/**
 * Bundles a child-process script with everything it imports (the real store, zod, lowdb,
 * the catalog JSON) into one ES module under `outDir` and returns its path. One file starts
 * several times faster than Node resolving and transforming the app's TypeScript module by
 * module, which is what lets the crash test afford a fresh process for every kill.
 */
export async function buildChild(entry: string, outDir: string): Promise<string> {
  const name = `${path.parse(entry).name}.mjs`
  const root = path.resolve(import.meta.dirname, '../../../..')
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': path.join(root, 'src/shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: name } },
    },
  })
  return path.join(outDir, name)
}
