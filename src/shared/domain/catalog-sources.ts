// The catalog's datasets and the texts their licences ask for, kept apart from the zod schemas
// so the About and Sources pages can show them without bundling zod or the catalog.
import type { Source } from './source'

/**
 * The O*NET attribution, word for word as the data's README requires it (CC BY 4.0), with the
 * product's name in place of the README's "[Role Atlas]" placeholder. Its last two sentences
 * must stay: the catalog shortens tasks, ranks skills and filters values.
 */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of ' +
  'Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA. Role Atlas has modified all or some of this information. ' +
  'USDOL/ETA has not approved, endorsed, or tested these modifications.'

/** The citation BLS suggests for Table 1.2. */
export const BLS_CITATION =
  'Source: U.S. Bureau of Labor Statistics, Employment Projections program, 2024–34 ' +
  '(Table 1.2); wages from OEWS, May 2024.'

export const ONET_SOURCE_ID = 'onet-29.3'
export const BLS_SOURCE_ID = 'bls-ep-2024-34'
export const SALARY_SOURCE_ID = 'aijobs-salaries-2025-01-19'

/** The datasets the built-in catalog cites, in the order pages list them. */
export const DATASET_SOURCES: readonly Source[] = [
  {
    id: ONET_SOURCE_ID,
    title: 'O*NET Database',
    version: '29.3 (May 2025)',
    publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    licence: 'CC BY 4.0',
    locator: 'https://www.onetcenter.org/database.html',
    attribution: ONET_ATTRIBUTION,
  },
  {
    id: BLS_SOURCE_ID,
    title: 'Employment Projections, Table 1.2: Occupational projections and worker characteristics',
    version: '2024–34 (wages May 2024)',
    publisher: 'U.S. Bureau of Labor Statistics',
    licence: 'Public domain (U.S. federal government work)',
    locator: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
    citation: BLS_CITATION,
  },
  {
    id: SALARY_SOURCE_ID,
    title: 'aijobs.net Global AI, ML, Data Science Salary Index',
    version: 'Snapshot of 2025-01-19',
    publisher: 'aijobs.net',
    licence: 'CC0 1.0',
    locator: 'https://aijobs.net/salaries',
  },
]
