/** Spreadsheets run a cell starting with these as a formula, so such cells get a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 field, defused against formula injection. */
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Rows as CSV text (RFC 4180, CRLF line ends), every field defused against formulas. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
