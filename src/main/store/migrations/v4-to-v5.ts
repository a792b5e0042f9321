import type { Migration } from './index'

/**
 * Version 5 calls the user's learning plans `plans`; files up to version 4 (and backups and
 * exports written by them) hold the same records under `checklists`, the code's old name.
 * The key is renamed and the records are left exactly as they were.
 */
export const v4ToV5: Migration = {
  from: 4,
  to: 5,
  migrate: ({ checklists, ...rest }) => ({ ...rest, plans: checklists ?? [] }),
}
