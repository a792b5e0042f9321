import { z } from 'zod'
import { companySizes, type CompanySize, type ExperienceLevel, type RemoteRatio } from './labels'
export {
  experienceLevels,
  companySizes,
  companySizeLabels,
  remoteRatios,
  remoteLabels,
  RELIABLE_MIN,
  SHOWN_MIN,
} from './labels'
export type { ExperienceLevel, CompanySize, RemoteRatio } from './labels'

/** The filters a user can set on a role's salaries; absent means "any". */
export const SalaryFiltersSchema = z
  .object({
    /** ISO 3166 alpha-2 code of where the employee lives. */
    residence: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    remoteRatio: z.union([z.literal(0), z.literal(50), z.literal(100)]).optional(),
    companySize: z.enum(companySizes).optional(),
  })
  .strict()
export type SalaryFilters = z.infer<typeof SalaryFiltersSchema>

/**
 * Median and quartiles of a group of rows, in US dollars a year. `figures` is null when the
 * group has fewer than {@link SHOWN_MIN} rows: the count is shown, the numbers are not.
 */
export interface SalarySummary {
  count: number
  figures: { p25: number; median: number; p75: number } | null
  /** 'ok' from {@link RELIABLE_MIN} rows, 'few' below it, 'hidden' below {@link SHOWN_MIN}. */
  reliability: 'ok' | 'few' | 'hidden'
}

interface SalaryGroup<K> {
  key: K
  summary: SalarySummary
}

export interface FilterOption<V> {
  value: V
  label: string
  /** Rows of this role with this value, with the other filters applied. */
  count: number
}

/** What the index says a role pays, with the filters the user set. */
export interface RoleSalaries {
  roleId: string
  roleName: string
  /** The exact job titles (name or alias, any case) that matched rows of the index. */
  matchedTitles: string[]
  filters: SalaryFilters
  overall: SalarySummary
  byLevel: SalaryGroup<ExperienceLevel>[]
  byYear: SalaryGroup<number>[]
  options: {
    residence: FilterOption<string>[]
    remoteRatio: FilterOption<RemoteRatio>[]
    companySize: FilterOption<CompanySize>[]
  }
}

/** Where the figures come from, for the credit line beside them. */
export interface SalarySource {
  name: string
  url: string
  licence: string
  snapshotDate: string
  rowCount: number
}
