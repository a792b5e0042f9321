import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

// The soak, fuzz and long property tests: thousands of generated inputs, hundreds of killed
// writers. They run in their own project, so `npm run test:unit` stays quick in daily work;
// `npm test` (and so CI) runs them too.
const slowTests = [
  'test/{shared,main}/**/fuzz-*.test.ts',
  'test/{shared,main}/**/*.property.test.ts',
  'test/main/store/crash/**/*.test.ts',
  'test/main/services/progress/log-invariant.test.ts',
  'test/shared/domain/data-transfer/round-trip.test.ts',
]

/** `@shared/x` is `src/shared/x`, as in tsconfig.base.json and electron.vite.config.ts. */
const alias = { '@shared': path.resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{shared,main,preload,resources,scripts}/**/*.test.ts'],
          exclude: slowTests,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'slow',
          environment: 'node',
          include: slowTests,
        },
      },
      {
        plugins: [svelte()],
        resolve: { alias, conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The unpacked app built by `npm run test:package`, which sets ROLE_ATLAS_PACKAGED_RESOURCES.
        resolve: { alias },
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          testTimeout: 60_000,
          // Installing copies a whole Electron (some 250 MB) before the journey starts.
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
