/**
 * Reading the tab-separated files of the catalog's sources. A file must have exactly the
 * expected header; every row must have one field per column. Anything else stops the build
 * with the file and line, so a changed upstream file is noticed, not half-read.
 */

/** A problem with an input that stops the build; names the file and, where there is one, the line. */
export class CatalogInputError extends Error {
  readonly file: string
  readonly line: number | null

  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file} line ${line}: ${reason}`)
    this.name = 'CatalogInputError'
    this.file = file
    this.line = line
  }
}

/** One data row: its physical line (the header is line 1) and its fields by column name. */
export interface TsvRow<C extends string> {
  line: number
  fields: Record<C, string>
}

/** The rows of a TSV text whose header must be exactly `columns`, in order. */
export function parseTsv<C extends string>(
  text: string,
  file: string,
  columns: readonly C[],
): TsvRow<C>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '').split('\t')
  if (header.join('\t') !== columns.join('\t')) {
    const missing = columns.filter((column) => !header.includes(column))
    const extra = header.filter((column) => !(columns as readonly string[]).includes(column))
    const detail =
      missing.length + extra.length > 0
        ? [
            missing.length > 0 ? `missing ${missing.join(', ')}` : '',
            extra.length > 0 ? `unexpected ${extra.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ')
        : 'columns are in a different order'
    throw new CatalogInputError(file, 1, `the header has changed (${detail})`)
  }
  const rows: TsvRow<C>[] = []
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index] as string
    if (text === '') continue
    const values = text.split('\t')
    if (values.length !== columns.length) {
      throw new CatalogInputError(
        file,
        index + 1,
        `expected ${columns.length} fields, found ${values.length}`,
      )
    }
    const fields = {} as Record<C, string>
    columns.forEach((column, at) => (fields[column] = values[at] as string))
    rows.push({ line: index + 1, fields })
  }
  return rows
}

/** The rows as TSV text again, header first, with a final line break. */
export function formatTsv<C extends string>(
  columns: readonly C[],
  rows: readonly TsvRow<C>[],
): string {
  const lines = [
    columns.join('\t'),
    ...rows.map((row) => columns.map((c) => row.fields[c]).join('\t')),
  ]
  return `${lines.join('\n')}\n`
}
