import { SOURCE_CATALOG_DIR } from '../../../src/main/services/catalog/bundled-catalog'
import path from 'node:path'
import {
  openAppContainer,
  type AppContainer,
  type AppContainerOptions,
} from '../../../src/main/app-container'

/** The salary index the app bundles, as committed in `resources/salaries/`. */
export const BUNDLED_SALARY_INDEX = path.resolve(
  import.meta.dirname,
  '../../../resources/salaries/aijobs-salaries.json',
)

/**
 * The article parser's thread run from its TypeScript source: unit tests run before
 * `npm run bundle` builds out/main, so the thread resolves the sources' imports with a hook.
 * The same parser, the same thread code: only how its modules are found differs.
 */
export const SOURCE_ARTICLE_PARSER_WORKER: AppContainerOptions['articleParserWorker'] = {
  file: new URL(
    '../../../src/main/services/article-import/article-parser-worker.ts',
    import.meta.url,
  ),
  execArgv: ['--import', new URL('../../../scripts/source-resolve-hook.ts', import.meta.url).href],
}

/** The data file a test container keeps in `dir`. */
export function testDataFile(dir: string): string {
  return path.join(dir, 'role-atlas.json')
}

/**
 * The app's real container over a data file in `dir`, with the outside world stubbed: links
 * open nowhere, folders are not shown and the save and open dialogs are cancelled unless `overrides` says otherwise.
 */
export function openTestContainer(
  dir: string,
  overrides: Partial<AppContainerOptions> = {},
): Promise<AppContainer> {
  return openAppContainer({
    dataFilePath: testDataFile(dir),
    version: '0.0.0-test',
    openExternal: async () => undefined,
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openFolder: async () => undefined,
    salaryIndexPath: BUNDLED_SALARY_INDEX,
    catalogDir: SOURCE_CATALOG_DIR,
    articleParserWorker: SOURCE_ARTICLE_PARSER_WORKER,
    ...overrides,
  })
}
