import { z } from 'zod'
import { ProvenanceSchema } from './provenance'

const OnetCodeSchema = z
  .string()
  .regex(/^\d\d-\d{4}\.\d\d$/, 'must be an O*NET-SOC code like 15-2051.00')
const RoleIdRefSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

/** One required level of education and the share of workers who say the job needs it. */
const EducationShareSchema = z.object({
  level: z.string().min(1),
  percent: z.number().min(0).max(100),
})

/** What the role asks in schooling and preparation. */
const RoleEducationSchema = z.object({
  /** BLS's typical education needed for entry, e.g. "Bachelor's degree". */
  typicalEntry: z.string().min(1).optional(),
  /** O*NET's required-level answers, largest share first; empty when O*NET has none. */
  requiredLevels: z.array(EducationShareSchema),
  /** O*NET job zone (1–5): how much preparation the work needs. */
  jobZone: z.object({ zone: z.number().int().min(1).max(5), name: z.string().min(1) }).optional(),
  provenance: ProvenanceSchema,
})
export type RoleEducation = z.infer<typeof RoleEducationSchema>

/**
 * BLS projections for the role's occupation. When BLS has no line for the detailed occupation
 * the figures belong to its parent SOC group, and `widerGroup` is true so every screen says
 * "for the wider group …".
 */
const RoleProjectionSchema = z.object({
  /** The BLS occupation the figures belong to, e.g. "Data scientists". */
  groupTitle: z.string().min(1),
  groupCode: z.string().regex(/^\d\d-\d{4}$/),
  widerGroup: z.boolean(),
  period: z.string().min(1),
  /** Employment in thousands. */
  employmentStart: z.number().nonnegative(),
  employmentEnd: z.number().nonnegative(),
  changePercent: z.number(),
  /** Average openings a year over the period, in thousands. */
  openingsThousands: z.number().nonnegative(),
  /** Median annual wage in US dollars; absent where BLS shows none. */
  medianWage: z.number().positive().optional(),
  wageDate: z.string().min(1),
  provenance: ProvenanceSchema,
})
export type RoleProjection = z.infer<typeof RoleProjectionSchema>

/** A neighbouring occupation; `roleId` links it when the catalog has it as a role. */
const RelatedRoleSchema = z.object({
  title: z.string().min(1),
  roleId: RoleIdRefSchema.optional(),
  provenance: ProvenanceSchema,
})
export type RelatedRole = z.infer<typeof RelatedRoleSchema>

/**
 * The O*NET occupation a seed or market role belongs to: one that lists the role's title among
 * its alternate titles (`via`), or the nearest one, with a `note` saying why.
 */
const WiderOccupationSchema = z.object({
  roleId: RoleIdRefSchema,
  title: z.string().min(1),
  onetCode: OnetCodeSchema,
  /** The alternate title that links them, as O*NET spells it. */
  via: z.string().min(1).optional(),
  /** Why the occupation was chosen when no alternate title links them. */
  note: z.string().min(1).optional(),
})
export type WiderOccupation = z.infer<typeof WiderOccupationSchema>

/** A salary-index job title that describes the role, with how many answers it has. */
const SalaryTitleSchema = z.object({
  title: z.string().min(1),
  rows: z.number().int().nonnegative(),
})

/** A section a source has nothing for, said plainly on the role page. */
const SourceGapSchema = z.object({
  section: z.string().min(1),
  note: z.string().min(1),
})

/** What a built-in role carries beyond its list sections. */
export const RoleProfileSchema = z.object({
  /** The O*NET-SOC code, for roles that are O*NET occupations. */
  onetCode: OnetCodeSchema.optional(),
  /** Where the summary's facts come from. */
  summaryProvenance: ProvenanceSchema,
  /** Ids of the catalog's sources this role draws on, in the order the page lists them. */
  sourceIds: z.array(z.string().min(1)),
  education: RoleEducationSchema.optional(),
  projection: RoleProjectionSchema.optional(),
  related: z.array(RelatedRoleSchema),
  widerOccupations: z.array(WiderOccupationSchema),
  /** The reviewed salary-index titles of the role; salaries match these and nothing else. */
  salaryTitles: z.array(SalaryTitleSchema),
  /** How many technologies the source lists in all, when the tools section shows fewer. */
  toolsListed: z.number().int().nonnegative().optional(),
  gaps: z.array(SourceGapSchema),
})
export type RoleProfile = z.infer<typeof RoleProfileSchema>
