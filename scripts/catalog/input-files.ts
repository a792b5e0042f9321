import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CatalogInputError, parseTsv, type TsvRow } from './tsv'

/**
 * The source files the catalog reads, relative to the data folder, with the exact header each
 * must have and which rows the build uses (the committed extract keeps only those).
 */
export const INPUT_FILES = {
  occupations: {
    path: 'onet-29.3/occupation_data.tsv',
    columns: ['O*NET-SOC Code', 'Title', 'Description'],
  },
  tasks: {
    path: 'onet-29.3/task_statements.tsv',
    columns: [
      'O*NET-SOC Code',
      'Title',
      'Task ID',
      'Task',
      'Task Type',
      'Incumbents Responding',
      'Date',
      'Domain Source',
    ],
  },
  technologies: {
    path: 'onet-29.3/technology_skills.tsv',
    columns: [
      'O*NET-SOC Code',
      'Title',
      'Example',
      'Commodity Code',
      'Commodity Title',
      'Hot Technology',
      'In Demand',
    ],
  },
  alternateTitles: {
    path: 'onet-29.3/alternate_titles.tsv',
    columns: ['O*NET-SOC Code', 'Title', 'Alternate Title', 'Short Title', 'Source(s)'],
  },
  skills: { path: 'onet-29.3/skills.tsv', columns: ratingColumns(true), keep: importanceOnly },
  knowledge: {
    path: 'onet-29.3/knowledge.tsv',
    columns: ratingColumns(true),
    keep: importanceOnly,
  },
  education: {
    path: 'onet-29.3/education_training_experience.tsv',
    columns: [
      'O*NET-SOC Code',
      'Title',
      'Element ID',
      'Element Name',
      'Scale ID',
      'Scale Name',
      'Category',
      'Data Value',
      'N',
      'Standard Error',
      'Lower CI Bound',
      'Upper CI Bound',
      'Recommend Suppress',
      'Date',
      'Domain Source',
    ],
    keep: (row: TsvRow<string>) => row.fields['Scale ID'] === 'RL',
  },
  educationCategories: {
    path: 'onet-29.3/ref_education_training_experience_categories.tsv',
    columns: [
      'Element ID',
      'Element Name',
      'Scale ID',
      'Scale Name',
      'Category',
      'Category Description',
    ],
    keep: (row: TsvRow<string>) => row.fields['Scale ID'] === 'RL',
  },
  jobZones: {
    path: 'onet-29.3/job_zones.tsv',
    columns: ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'],
  },
  jobZoneNames: {
    path: 'onet-29.3/ref_job_zone_reference.tsv',
    columns: [
      'Job Zone',
      'Name',
      'Experience',
      'Education',
      'Job Training',
      'Examples',
      'SVP Range',
    ],
  },
  related: {
    path: 'onet-29.3/related_occupations.tsv',
    columns: [
      'O*NET-SOC Code',
      'Title',
      'Related O*NET-SOC Code',
      'Related Title',
      'Relatedness Tier',
      'Index',
    ],
  },
  projections: {
    path: 'bls-ep-2024-34/bls_ep_2024_34_table_1_2_subset.tsv',
    columns: [
      'O*NET-SOC Code',
      'O*NET Title',
      'BLS match',
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment, 2034',
      'Employment distribution, percent, 2024',
      'Employment distribution, percent, 2034',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
      'Percent self employed, 2024',
      'Occupational openings, 2024–34 annual average',
      'Median annual wage, dollars, 2024[1]',
      'Typical education needed for entry',
      'Work experience in a related occupation',
      'Typical on-the-job training needed to attain competency in the occupation',
    ],
  },
} as const satisfies Record<string, InputFileSpec>

/** One input file: where it is, its header, and which rows the build uses (all if absent). */
export interface InputFileSpec {
  path: string
  columns: readonly string[]
  keep?: (row: TsvRow<string>) => boolean
}

type InputName = keyof typeof INPUT_FILES
type ColumnsOf<N extends InputName> = (typeof INPUT_FILES)[N]['columns'][number]
export type InputRows = { [N in InputName]: TsvRow<ColumnsOf<N>>[] }

function ratingColumns(notRelevant: boolean): string[] {
  return [
    'O*NET-SOC Code',
    'Title',
    'Element ID',
    'Element Name',
    'Scale ID',
    'Scale Name',
    'Data Value',
    'N',
    'Standard Error',
    'Lower CI Bound',
    'Upper CI Bound',
    'Recommend Suppress',
    ...(notRelevant ? ['Not Relevant'] : []),
    'Date',
    'Domain Source',
  ]
}

function importanceOnly(row: TsvRow<string>): boolean {
  return row.fields['Scale ID'] === 'IM'
}

/** Reads every input file from `dataDir`; a missing file or a changed header stops the build. */
export async function readInputs(dataDir: string): Promise<InputRows> {
  const rows: Partial<Record<InputName, TsvRow<string>[]>> = {}
  for (const [name, spec] of Object.entries(INPUT_FILES) as [InputName, InputFileSpec][]) {
    let text: string
    try {
      text = await readFile(join(dataDir, spec.path), 'utf8')
    } catch {
      throw new CatalogInputError(spec.path, null, `the file is missing from ${dataDir}`)
    }
    const all = parseTsv(text, spec.path, spec.columns)
    rows[name] = spec.keep ? all.filter(spec.keep) : all
  }
  return rows as InputRows
}
