import { z } from 'zod'
import { companySizes, experienceLevels, remoteRatios } from './types'

/** What `scripts/build-salary-index.ts` writes and the app reads; bump on any change of shape. */
const SALARY_FILE_FORMAT = 'role-atlas-salary-index'
const SALARY_FILE_VERSION = 1

const Count = z.int().min(0)
const CountryCode = z.string().regex(/^[A-Z]{2}$/)

const SalarySourceSchema = z
  .object({
    name: z.string().min(1),
    url: z.url(),
    licence: z.string().min(1),
    snapshotDate: z.iso.date(),
    /** Rows kept in the file. */
    rowCount: Count,
  })
  .strict()

/** A column of integers in `min`–`max`; plain loops, as 74k rows per column go through it. */
function intColumn(min: number, max: number): z.ZodType<number[], number[]> {
  return z
    .array(z.number())
    .refine(
      (values) => values.every((value) => Number.isInteger(value) && value >= min && value <= max),
      `must hold whole numbers from ${min} to ${max}`,
    )
}

function isUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length
}

/**
 * The bundled salary index: one row per survey answer, stored column by column. Rows are
 * grouped by job title in dictionary order (`rowsPerTitle[i]` rows for `jobTitle[i]`), so
 * the file has no title column; the other text columns hold indexes into their dictionary.
 */
export const SalaryFileSchema = z
  .object({
    format: z.literal(SALARY_FILE_FORMAT),
    version: z.literal(SALARY_FILE_VERSION),
    generator: z.object({ script: z.string().min(1), version: z.string().min(1) }).strict(),
    source: SalarySourceSchema,
    /** The rules rows were kept or skipped by, in words. */
    note: z.string(),
    /** Rows left out, by reason. */
    skipped: z.record(z.string(), Count),
    dictionaries: z
      .object({
        jobTitle: z.array(z.string().min(1)).refine(isUnique, 'must not repeat a title'),
        employeeResidence: z.array(CountryCode).refine(isUnique, 'must not repeat a code'),
        experienceLevel: z.array(z.enum(experienceLevels)).refine(isUnique, 'must not repeat'),
        companySize: z.array(z.enum(companySizes)).refine(isUnique, 'must not repeat'),
      })
      .strict(),
    rowsPerTitle: z.array(z.int().min(1)),
    columns: z
      .object({
        workYear: intColumn(1900, 2999),
        experienceLevel: intColumn(0, experienceLevels.length - 1),
        salaryInUsd: intColumn(1, 2 ** 32 - 1),
        employeeResidence: intColumn(0, 2 ** 16 - 1),
        remoteRatio: intColumn(0, 100),
        companySize: intColumn(0, companySizes.length - 1),
      })
      .strict(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const { dictionaries: dict, columns, rowsPerTitle } = file
    const problem = (message: string): void => ctx.addIssue({ code: 'custom', message })
    if (rowsPerTitle.length !== dict.jobTitle.length)
      problem('rowsPerTitle must have one count per job title')
    const rowCount = rowsPerTitle.reduce((sum, count) => sum + count, 0)
    if (rowCount !== file.source.rowCount) problem('rowsPerTitle must add up to source.rowCount')
    for (const [name, column] of Object.entries(columns)) {
      if (column.length !== rowCount) problem(`column ${name} must have ${rowCount} rows`)
    }
    const dictionaryOf = {
      experienceLevel: dict.experienceLevel,
      employeeResidence: dict.employeeResidence,
      companySize: dict.companySize,
    }
    for (const [name, entries] of Object.entries(dictionaryOf)) {
      const column = columns[name as keyof typeof dictionaryOf]
      if (column.some((code) => code >= entries.length))
        problem(`column ${name} refers past the end of its dictionary`)
    }
    const ratios: readonly number[] = remoteRatios
    if (columns.remoteRatio.some((ratio) => !ratios.includes(ratio)))
      problem(`column remoteRatio must hold only ${remoteRatios.join(', ')}`)
  })

/** The bundled file as the build script writes it. */
export type SalaryFile = z.input<typeof SalaryFileSchema>
