import { describe, expect, it } from 'vitest'
import { renderTicketPdf, toWinAnsi, type TicketData } from './ticket.server'

const data: TicketData = {
  lang: 'de',
  labels: {
    ticket: 'Eintrittskarte',
    note: 'Bitte am Einlass vorzeigen.',
    cut: 'Entlang der Linie ausschneiden.',
    role: null,
    fileTitle: 'Ticket: Kammerdialog',
  },
  organiser: 'Cluster SMAB',
  eventTitle: 'Kammerdialog: KI in der Fertigung',
  when: 'Mi., 13. Jan. 2027, 18:00–20:30\u00a0Uhr',
  zone: 'MEZ',
  where: 'IHK Magdeburg, Alter Markt 8, 39104 Magdeburg',
  name: 'Dr. Jana Schröder',
  company: 'NOVO-TECH GmbH',
  code: 'FD1.cmVnfGV2ZW50fHZlcnNpb24.c2lnbmF0dXJl',
}

describe('ticket PDF', () => {
  it('renders one page in either format', async () => {
    for (const format of ['A4', 'A6'] as const) {
      const pdf = await renderTicketPdf(data, format)
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1)
    }
  })

  it('keeps to Windows-1252 for the built-in font: accents stripped, never garbage', () => {
    expect(toWinAnsi('Jörg Müller – Straße')).toBe('Jörg Müller – Straße')
    expect(toWinAnsi('Łukasz Wiśniewski, Dvořák, Erdős')).toBe('Lukasz Wisniewski, Dvorák, Erdos')
    expect(toWinAnsi('李\r\nX')).toBe('?  X')
  })
})
