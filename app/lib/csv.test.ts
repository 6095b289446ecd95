import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('toCsv', () => {
  it('starts with a BOM and round-trips quotes, separators and line breaks', () => {
    const rows = [
      ['Name', 'Firma'],
      ['Jana "JJ" Schröder', 'NOVO-TECH GmbH; Co.\nKG'],
    ]
    const csv = toCsv(rows)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(Papa.parse(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data).toEqual(rows)
  })

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('Magdeburg')).toBe('Magdeburg')
  })
})
