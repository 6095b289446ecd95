import { describe, expect, it } from 'vitest'
import { MAX_COLLEAGUES, readColleagueRows } from './colleague-rows'

const form = (entries: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(entries)) f.set(k, v)
  return f
}
const row = (i: number, firstName: string, lastName: string, email: string) => ({
  [`colleagues[${i}].firstName`]: firstName,
  [`colleagues[${i}].lastName`]: lastName,
  [`colleagues[${i}].email`]: email,
})

describe('readColleagueRows', () => {
  it('takes the filled-in rows and leaves out empty ones', () => {
    const result = readColleagueRows(
      form({
        colleagueRows: '3',
        ...row(0, ' Ben ', 'Eins', 'ben@firma.example'),
        ...row(1, '', '', ''),
        ...row(2, 'Cem', 'Drei', 'cem@firma.example'),
      }),
      'lea@firma.example',
    )
    expect(result.colleagues).toEqual([
      { firstName: 'Ben', lastName: 'Eins', email: 'ben@firma.example', answers: {} },
      { firstName: 'Cem', lastName: 'Drei', email: 'cem@firma.example', answers: {} },
    ])
    expect(result.rows).toHaveLength(3)
    expect(result.fieldErrors).toEqual({})
  })

  it('gives each half-filled row its own field messages', () => {
    const result = readColleagueRows(
      form({ colleagueRows: '2', ...row(0, 'Ben', '', 'ben@'), ...row(1, 'Cem', 'Drei', 'cem@firma.example') }),
      'lea@firma.example',
    )
    expect(result.fieldErrors).toEqual({ 'colleagues[0].lastName': ['errors.required'], 'colleagues[0].email': ['errors.emailInvalid'] })
    expect(result.colleagues.map((c) => c.email)).toEqual(['cem@firma.example'])
  })

  it('refuses the registrant’s own address and a repeated one', () => {
    const result = readColleagueRows(
      form({ colleagueRows: '2', ...row(0, 'Lea', 'Selbst', ' LEA@firma.example'), ...row(1, 'Lea', 'Selbst', 'lea@firma.example') }),
      'lea@firma.example',
    )
    expect(Object.keys(result.fieldErrors)).toEqual(['colleagues[0].email', 'colleagues[1].email'])
    expect(result.fieldErrors['colleagues[0].email']).toEqual(['errors.duplicateEmail'])
  })

  it('names a repeated address also in a row with other mistakes', () => {
    const result = readColleagueRows(form({ colleagueRows: '1', ...row(0, 'Lea', '', 'lea@firma.example') }), 'lea@firma.example')
    expect(result.fieldErrors).toEqual({ 'colleagues[0].lastName': ['errors.required'], 'colleagues[0].email': ['errors.duplicateEmail'] })
  })

  it('reads no more rows than allowed, and none for a missing or silly count', () => {
    expect(readColleagueRows(form({ colleagueRows: '500' }), undefined).rows).toHaveLength(MAX_COLLEAGUES)
    expect(readColleagueRows(form({ colleagueRows: '-3', ...row(0, 'A', 'B', 'a@b.example') }), undefined).rows).toEqual([])
    expect(readColleagueRows(form({ colleagueRows: 'zwei' }), undefined).rows).toEqual([])
    expect(readColleagueRows(form({}), undefined).colleagues).toEqual([])
  })
})

describe('the event’s questions, per colleague', () => {
  const diet = {
    id: 'diet',
    kind: 'CHOICE' as const,
    required: true,
    options: [
      { value: 'none', de: 'Keine', en: 'None' },
      { value: 'vegan', de: 'Vegan', en: 'Vegan' },
    ],
  }
  const note = { id: 'note', kind: 'TEXT' as const, required: false }

  it('asks each colleague the required questions: an unanswered one is a message on that row', () => {
    const result = readColleagueRows(
      form({
        colleagueRows: '2',
        ...row(0, 'Ben', 'Eins', 'ben@firma.example'),
        'colleagues[0].q_diet': 'vegan',
        'colleagues[0].q_note': 'Rollstuhl',
        ...row(1, 'Cem', 'Zwei', 'cem@firma.example'),
      }),
      'lea@firma.example',
      [diet, note],
    )
    expect(result.fieldErrors).toEqual({ 'colleagues[1].q_diet': ['errors.required'] })
    expect(result.colleagues).toEqual([
      { firstName: 'Ben', lastName: 'Eins', email: 'ben@firma.example', answers: { diet: 'vegan', note: 'Rollstuhl' } },
    ])
    // What was typed comes back per row, so nothing is typed twice.
    expect(result.rows[0]!.answers).toEqual({ diet: 'vegan', note: 'Rollstuhl' })
  })

  it('refuses an option the question does not offer, and reads the leader’s own field names for nobody', () => {
    const result = readColleagueRows(
      form({ colleagueRows: '1', ...row(0, 'Ben', 'Eins', 'ben@firma.example'), q_diet: 'none', 'colleagues[0].q_diet': 'steak' }),
      'lea@firma.example',
      [diet],
    )
    expect(result.fieldErrors).toEqual({ 'colleagues[0].q_diet': ['errors.invalidOption'] })
    expect(result.colleagues).toEqual([])
  })
})
