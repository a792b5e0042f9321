import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * The dev server's hot reload talks over a websocket, which the renderer's strict
 * Content-Security-Policy forbids; allow it only while serving, never in a build.
 */
function allowDevServerSocket(): Plugin {
  return {
    name: 'role-atlas:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  }
}

/**
 * Writes the app's own style sheet into index.html, so the first paint waits for no second
 * file: the page is styled as soon as it is parsed. Views loaded later keep their own files.
 */
function inlineEntryStyleSheet(): Plugin {
  const inlined: string[] = []
  return {
    name: 'role-atlas:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return html
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)">/g,
          (tag, file: string) => {
            const asset = bundle[file]
            // A url() in the sheet is relative to its file: such a sheet stays a file.
            if (asset?.type !== 'asset' || String(asset.source).includes('url(')) return tag
            // Written into the page, the sheet is no longer a file of the build.
            Reflect.deleteProperty(bundle, file)
            inlined.push(path.basename(file))
            return `<style>${String(asset.source)}</style>`
          },
        )
      },
    },
    // A chunk that dynamically imports a view from another lazy view lists the first screen's
    // style sheet among what it loads; with the sheet in the page, that would be a missing file.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          const name = inlined.find((sheet) => chunk.type === 'chunk' && chunk.code.includes(sheet))
          if (name) {
            this.error(
              `${chunk.fileName} loads ${name}, which is written into index.html: import lazy ` +
                'views through a module of the first screen (src/renderer/src/lib/views.ts).',
            )
          }
        }
      },
    },
  }
}

/**
 * `@shared/x` is `src/shared/x` (tsconfig.base.json's paths): main, preload and renderer import
 * shared code by that name instead of climbing `../../shared`.
 */
const sharedAlias = { '@shared': path.resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: path.resolve(import.meta.dirname, 'src/main/index.ts'),
          // The article parser's thread, started by main from out/main/article-parser-worker.js
          // (src/main/services/article-import/article-parser.ts). A second entry rather than
          // `?modulePath`, which only the build understands: the e2e harness and unit tests load
          // main from source.
          'article-parser-worker': path.resolve(
            import.meta.dirname,
            'src/main/services/article-import/article-parser-worker.ts',
          ),
        },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: emit one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias: sharedAlias },
    plugins: [svelte(), allowDevServerSocket(), inlineEntryStyleSheet()],
    // electron-vite leaves the renderer unminified; minified, the JS parsed before the first
    // paint shrinks from 212 KB to 71 KB.
    build: { outDir: 'out/renderer', minify: true },
  },
})
