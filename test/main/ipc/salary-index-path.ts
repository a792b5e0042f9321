import path from 'node:path'

/** The salary index the app bundles, as committed in `resources/salaries/`. */
export const BUNDLED_SALARY_INDEX = path.resolve(
  import.meta.dirname,
  '../../../resources/salaries/aijobs-salaries.json',
)
