import { describe, expect, it } from 'vitest'
import { checkRow, mapHeader, MAX_IMPORT_ROWS, parseParticipantList } from './import'

describe('reading a participant list', () => {
  it('maps German headers from Excel (BOM, semicolons) to the fields', () => {
    const list = parseParticipantList(
      '\uFEFFNr.;Nachname;Vorname;E-Mail-Adresse;Firma\r\n1;Müller;Jörg;joerg@inoget.example;INOGET GmbH\r\n',
    )
    expect(list).toEqual({
      kind: 'rows',
      rows: [{ line: 2, firstName: 'Jörg', lastName: 'Müller', email: 'joerg@inoget.example', company: 'INOGET GmbH' }],
    })
  })

  it('maps English headers with commas and quoted cells, company optional', () => {
    const list = parseParticipantList('First name,Last name,Email\n"Anna, Dr.",Berg,anna@mtu.example\n')
    expect(list.kind === 'rows' && list.rows[0]).toEqual({
      line: 2,
      firstName: 'Anna, Dr.',
      lastName: 'Berg',
      email: 'anna@mtu.example',
      company: '',
    })
  })

  it('prefers "Nachname" over a plain "Name" column for the last name', () => {
    expect(mapHeader(['Name', 'Vorname', 'Nachname', 'Mail']).columns).toEqual({ firstName: 1, lastName: 2, email: 3 })
  })

  it('says which columns are missing, and that an empty file is empty', () => {
    expect(parseParticipantList('Vorname;Firma\nJörg;INOGET\n')).toEqual({ kind: 'missingColumns', missing: ['lastName', 'email'] })
    expect(parseParticipantList('')).toEqual({ kind: 'empty' })
    expect(parseParticipantList('Vorname;Nachname;E-Mail\n\n\n')).toEqual({ kind: 'empty' })
  })

  it('refuses more rows than one import takes', () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `A;B;a${i}@x.example`).join('\n')
    expect(parseParticipantList(`Vorname;Nachname;E-Mail\n${body}`)).toEqual({ kind: 'tooManyRows', count: MAX_IMPORT_ROWS + 1 })
  })

  it('checks each row with the public form’s rules', () => {
    expect(checkRow({ line: 2, firstName: ' Jörg ', lastName: 'Müller', email: 'joerg@inoget.example', company: '' })).toEqual({
      ok: true,
      values: { firstName: 'Jörg', lastName: 'Müller', email: 'joerg@inoget.example', company: undefined },
    })
    const bad = checkRow({ line: 3, firstName: '', lastName: 'x'.repeat(101), email: 'not-an-address', company: 'Evil\u202eCorp' })
    expect(bad).toEqual({
      ok: false,
      errors: {
        firstName: ['errors.required'],
        lastName: ['errors.tooLong'],
        email: ['errors.emailInvalid'],
        company: ['errors.invalidCharacters'],
      },
    })
  })
})
