import type { Migration } from './index'

/** Version 3 adds progress records, the activity log and checklists; a file from before has none. */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  migrate: (data) => ({ ...data, progress: [], activity: [], checklists: [] }),
}
