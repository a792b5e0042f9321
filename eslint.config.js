import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import svelteConfig from './svelte.config.js'

/**
 * Files Node runs without tsconfig paths, or that scripts import (the bench runs the whole app
 * container): they keep relative imports of src/shared. src/shared and scripts/ are not checked.
 */
const NODE_RUN = [
  'src/main/app-container.ts',
  'src/main/dialogs/**',
  'src/main/files/**',
  'src/main/ipc/handlers.ts',
  'src/main/ipc/invoke.ts',
  'src/main/services/**',
  'src/main/store/**',
  'test/e2e/harness.ts',
  'test/package/electron-double/**',
]

/** A `no-restricted-imports` pattern for a climb into src/shared written as `regex`. */
const climbing = (regex) => ({
  regex,
  message: 'Import shared code as @shared/… (see docs/architecture.md).',
})

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'src/renderer/**/*.{ts,svelte}'],
    ignores: NODE_RUN,
    rules: { 'no-restricted-imports': ['error', { patterns: [climbing('^(\\.\\./)+shared/')] }] },
  },
  {
    files: ['test/**/*.ts'],
    ignores: NODE_RUN,
    rules: {
      'no-restricted-imports': ['error', { patterns: [climbing('^(\\.\\./)+src/shared/')] }],
    },
  },
)
