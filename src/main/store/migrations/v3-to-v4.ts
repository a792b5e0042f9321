import type { Migration } from './index'

/** Version 4 keeps the articles the user imported roles from; a file from before has none. */
export const v3ToV4: Migration = {
  from: 3,
  to: 4,
  migrate: (data) => ({ ...data, articles: [] }),
}
