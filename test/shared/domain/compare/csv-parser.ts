/**
 * A strict RFC 4180 reader for checking exports: every record ends in CRLF, quotes only
 * around whole fields, no bare CR or LF outside quotes. Throws on anything else.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  const endField = (): void => {
    record.push(field)
    field = ''
  }
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      const close = /^"((?:[^"]|"")*)"(?=,|\r\n)/.exec(text.slice(i))
      if (!close) throw new Error(`unterminated or malformed quoted field at ${i}`)
      field = (close[1] ?? '').replaceAll('""', '"')
      i += close[0].length
      continue
    }
    const char = text[i] ?? ''
    if (char === ',') {
      endField()
      i += 1
    } else if (text.startsWith('\r\n', i)) {
      endField()
      records.push(record)
      record = []
      i += 2
    } else if (/[\r\n"]/.test(char)) {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${i}`)
    } else {
      field += char
      i += 1
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end in CRLF')
  return records
}
