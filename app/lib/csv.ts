// CSV for people who open it in Excel: UTF-8 with a byte-order mark (else Excel guesses the wrong
// encoding), semicolons (the list separator of German Excel, the users' default; other tools
// import them by choosing the separator), RFC 4180 quoting, and formula injection neutralised:
// a cell starting with = + - @ TAB or CR
// would be run as a formula by spreadsheet programs, so it gets a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: unknown[][], separator = ';'): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(separator)).join('\r\n') + '\r\n'
}
