import type { Migration } from './index'

/** Version 2 adds saved comparisons; a file from before has none yet. */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate: (data) => ({ ...data, comparisons: [] }),
}
