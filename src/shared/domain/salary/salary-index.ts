import { SalaryFileSchema } from './salary-file'
import { normalizeTitle } from './titles'
import { companySizes, experienceLevels, remoteRatios, type SalarySource } from './types'

/**
 * The salary index in memory: one typed array per column, rows grouped by job title.
 * Codes are positions in this module's constant lists, whatever order the file used.
 */
export interface SalaryIndex {
  source: SalarySource
  /** Job titles as written in the survey, in the file's order. */
  titles: readonly string[]
  /** The rows of title `i` are `titleStart[i]` up to, not including, `titleStart[i + 1]`. */
  titleStart: Uint32Array
  /** Title ids by {@link normalizeTitle} form; "Data Manager" and "data manager" share one. */
  titleIdsByKey: ReadonlyMap<string, readonly number[]>
  /** ISO 3166 alpha-2 codes of where employees live. */
  residences: readonly string[]
  residenceIds: ReadonlyMap<string, number>
  year: Uint16Array
  /** Position in {@link experienceLevels}. */
  level: Uint8Array
  /** Salary in US dollars a year. */
  salary: Uint32Array
  /** Position in {@link SalaryIndex.residences}. */
  residence: Uint16Array
  /** Position in {@link remoteRatios}. */
  remote: Uint8Array
  /** Position in {@link companySizes}. */
  size: Uint8Array
}

/** Maps each code of a column through `lookup` into a new typed array. */
function remap<T extends Uint8Array | Uint16Array>(
  codes: readonly number[],
  lookup: readonly number[],
  into: T,
): T {
  for (let row = 0; row < codes.length; row++) into[row] = lookup[codes[row] as number] as number
  return into
}

/**
 * Validates the parsed JSON of the bundled file and builds the in-memory index. Throws a
 * ZodError naming the first problems when the file is not a valid salary index.
 */
export function decodeSalaryIndex(json: unknown): SalaryIndex {
  const file = SalaryFileSchema.parse(json)
  const { dictionaries: dict, columns } = file
  const rowCount = file.source.rowCount
  const titleStart = new Uint32Array(dict.jobTitle.length + 1)
  file.rowsPerTitle.forEach((count, id) => {
    titleStart[id + 1] = (titleStart[id] as number) + count
  })
  const titleIdsByKey = new Map<string, number[]>()
  dict.jobTitle.forEach((title, id) => {
    const key = normalizeTitle(title)
    titleIdsByKey.set(key, [...(titleIdsByKey.get(key) ?? []), id])
  })
  const ratios: readonly number[] = remoteRatios
  const ratioLookup: number[] = []
  ratios.forEach((ratio, position) => (ratioLookup[ratio] = position))
  return {
    source: file.source,
    titles: dict.jobTitle,
    titleStart,
    titleIdsByKey,
    residences: dict.employeeResidence,
    residenceIds: new Map(dict.employeeResidence.map((code, id) => [code, id])),
    year: Uint16Array.from(columns.workYear),
    level: remap(
      columns.experienceLevel,
      dict.experienceLevel.map((level) => experienceLevels.indexOf(level)),
      new Uint8Array(rowCount),
    ),
    salary: Uint32Array.from(columns.salaryInUsd),
    residence: Uint16Array.from(columns.employeeResidence),
    remote: remap(columns.remoteRatio, ratioLookup, new Uint8Array(rowCount)),
    size: remap(
      columns.companySize,
      dict.companySize.map((size) => companySizes.indexOf(size)),
      new Uint8Array(rowCount),
    ),
  }
}
