import type { InputRows } from './input-files'
import { INPUT_FILES } from './input-files'
import { CatalogInputError, type TsvRow } from './tsv'

/** An O*NET occupation as the build uses it. */
interface Occupation {
  code: string
  title: string
  description: string
  line: number
}

export interface Technology {
  name: string
  commodity: string
  hot: boolean
  inDemand: boolean
}

/** One O*NET skill or knowledge rating on the importance scale (1–5). */
export interface Rating {
  elementId: string
  name: string
  importance: number
  suppressed: boolean
}

interface Related {
  code: string
  title: string
  tier: string
  index: number
}

/** A row of BLS Table 1.2 for one O*NET code. */
interface Projection {
  match: string
  groupTitle: string
  groupCode: string
  employmentStart: number
  employmentEnd: number
  changePercent: number
  openingsThousands: number
  medianWage: number | undefined
  typicalEntry: string
}

/** Everything the build reads from O*NET and BLS, checked and keyed by O*NET-SOC code. */
export interface SourceData {
  occupations: Map<string, Occupation>
  tasks: Map<string, Map<number, { text: string; core: boolean }>>
  technologies: Map<string, Technology[]>
  alternateTitles: Map<string, string[]>
  skills: Map<string, Rating[]>
  knowledge: Map<string, Rating[]>
  education: Map<string, { level: string; percent: number }[]>
  jobZones: Map<string, { zone: number; name: string }>
  related: Map<string, Related[]>
  projections: Map<string, Projection>
}

const CODE = /^\d\d-\d{4}\.\d\d$/

function fail(file: string, row: TsvRow<string>, reason: string): never {
  throw new CatalogInputError(file, row.line, reason)
}

function code(file: string, row: TsvRow<string>): string {
  const value = row.fields['O*NET-SOC Code'] as string
  if (!CODE.test(value)) fail(file, row, `"${value}" is not an O*NET-SOC code`)
  return value
}

function number(file: string, row: TsvRow<string>, column: string): number {
  const text = row.fields[column] as string
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) {
    fail(file, row, `${column} "${text}" is not a number`)
  }
  return value
}

function flag(file: string, row: TsvRow<string>, column: string, allowEmpty = false): boolean {
  const text = row.fields[column]
  if (text !== 'Y' && text !== 'N' && !(allowEmpty && text === '')) {
    fail(file, row, `${column} "${text}" is not Y or N`)
  }
  return text === 'Y'
}

function text(file: string, row: TsvRow<string>, column: string): string {
  const value = (row.fields[column] as string).trim()
  if (value === '') fail(file, row, `${column} is empty`)
  return value
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function ratings(file: string, rows: readonly TsvRow<string>[]): Map<string, Rating[]> {
  const byCode = new Map<string, Rating[]>()
  for (const row of rows) {
    push(byCode, code(file, row), {
      elementId: text(file, row, 'Element ID'),
      name: text(file, row, 'Element Name'),
      importance: number(file, row, 'Data Value'),
      // Ratings from occupational experts have no standard error, so no suppress flag: kept.
      suppressed: flag(file, row, 'Recommend Suppress', true),
    })
  }
  return byCode
}

/** Checks every row the build uses and keys it by occupation; the first bad row stops it. */
export function readSourceData(rows: InputRows): SourceData {
  const f = (name: keyof typeof INPUT_FILES): string => INPUT_FILES[name].path

  const occupations = new Map<string, Occupation>()
  for (const row of rows.occupations) {
    const key = code(f('occupations'), row)
    if (occupations.has(key)) fail(f('occupations'), row, `${key} appears twice`)
    occupations.set(key, {
      code: key,
      title: text(f('occupations'), row, 'Title'),
      description: text(f('occupations'), row, 'Description'),
      line: row.line,
    })
  }

  const tasks = new Map<string, Map<number, { text: string; core: boolean }>>()
  for (const row of rows.tasks) {
    const key = code(f('tasks'), row)
    const id = number(f('tasks'), row, 'Task ID')
    const type = row.fields['Task Type']
    if (type !== 'Core' && type !== 'Supplemental' && type !== '') {
      fail(f('tasks'), row, `Task Type "${type}" is not Core, Supplemental or empty`)
    }
    const byId = tasks.get(key) ?? new Map<number, { text: string; core: boolean }>()
    byId.set(id, { text: text(f('tasks'), row, 'Task'), core: type !== 'Supplemental' })
    tasks.set(key, byId)
  }

  const technologies = new Map<string, Technology[]>()
  for (const row of rows.technologies) {
    push(technologies, code(f('technologies'), row), {
      name: text(f('technologies'), row, 'Example'),
      commodity: text(f('technologies'), row, 'Commodity Title'),
      hot: flag(f('technologies'), row, 'Hot Technology'),
      inDemand: flag(f('technologies'), row, 'In Demand'),
    })
  }

  const alternateTitles = new Map<string, string[]>()
  for (const row of rows.alternateTitles) {
    push(
      alternateTitles,
      code(f('alternateTitles'), row),
      text(f('alternateTitles'), row, 'Alternate Title'),
    )
  }

  const levels = new Map<number, string>()
  for (const row of rows.educationCategories) {
    levels.set(
      number(f('educationCategories'), row, 'Category'),
      text(f('educationCategories'), row, 'Category Description'),
    )
  }
  const education = new Map<string, { level: string; percent: number }[]>()
  for (const row of rows.education) {
    const category = number(f('education'), row, 'Category')
    const level = levels.get(category)
    if (level === undefined)
      fail(f('education'), row, `no education level has category ${category}`)
    const percent = number(f('education'), row, 'Data Value')
    if (percent < 0 || percent > 100) fail(f('education'), row, `share ${percent} is not 0–100`)
    push(education, code(f('education'), row), { level, percent })
  }

  const zoneNames = new Map<number, string>()
  for (const row of rows.jobZoneNames) {
    zoneNames.set(number(f('jobZoneNames'), row, 'Job Zone'), text(f('jobZoneNames'), row, 'Name'))
  }
  const jobZones = new Map<string, { zone: number; name: string }>()
  for (const row of rows.jobZones) {
    const zone = number(f('jobZones'), row, 'Job Zone')
    const name = zoneNames.get(zone)
    if (name === undefined) fail(f('jobZones'), row, `job zone ${zone} is not 1–5`)
    jobZones.set(code(f('jobZones'), row), { zone, name })
  }

  const related = new Map<string, Related[]>()
  for (const row of rows.related) {
    const other = row.fields['Related O*NET-SOC Code']
    if (!CODE.test(other)) fail(f('related'), row, `"${other}" is not an O*NET-SOC code`)
    push(related, code(f('related'), row), {
      code: other,
      title: text(f('related'), row, 'Related Title'),
      tier: text(f('related'), row, 'Relatedness Tier'),
      index: number(f('related'), row, 'Index'),
    })
  }

  const projections = new Map<string, Projection>()
  for (const row of rows.projections) {
    const file = f('projections')
    const wage = row.fields['Median annual wage, dollars, 2024[1]'].trim()
    const groupCode = text(file, row, '2024 National Employment Matrix code')
    if (!/^\d\d-\d{4}$/.test(groupCode)) fail(file, row, `"${groupCode}" is not a SOC code`)
    projections.set(code(file, row), {
      match: text(file, row, 'BLS match'),
      groupTitle: text(file, row, '2024 National Employment Matrix title'),
      groupCode,
      employmentStart: number(file, row, 'Employment, 2024'),
      employmentEnd: number(file, row, 'Employment, 2034'),
      changePercent: number(file, row, 'Employment change, percent, 2024–34'),
      openingsThousands: number(file, row, 'Occupational openings, 2024–34 annual average'),
      medianWage:
        wage === '—' || wage === ''
          ? undefined
          : number(file, row, 'Median annual wage, dollars, 2024[1]'),
      typicalEntry: text(file, row, 'Typical education needed for entry'),
    })
  }

  return {
    occupations,
    tasks,
    technologies,
    alternateTitles,
    skills: ratings(f('skills'), rows.skills),
    knowledge: ratings(f('knowledge'), rows.knowledge),
    education,
    jobZones,
    related,
    projections,
  }
}
