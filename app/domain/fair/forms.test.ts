import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { ApplicationForm, GridForm, StandForm } from './forms'

const form = (entries: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(entries)) f.append(k, v)
  return f
}
const application = {
  company: 'Muster Anlagenbau GmbH',
  firstName: 'Thomas',
  lastName: 'Berger',
  email: 'T.Berger@Muster.example',
  areaWantedSqm: '12,5',
  topicsDe: 'Sondermaschinen',
}

describe('fair forms', () => {
  it('reads an application with a decimal comma, drops empty staff rows and normalises addresses', () => {
    const s = parseWithZod(
      form({
        ...application,
        'staff[0].firstName': 'Ina',
        'staff[0].lastName': 'Roth',
        'staff[0].email': 'ina@muster.example',
        'staff[1].firstName': '',
        'staff[1].email': '',
      }),
      { schema: ApplicationForm },
    )
    expect(s.status).toBe('success')
    if (s.status !== 'success') return
    expect(s.value.areaWantedSqm).toBe(12.5)
    expect(s.value.email).toBe('t.berger@muster.example')
    expect(s.value.staff).toEqual([{ firstName: 'Ina', lastName: 'Roth', email: 'ina@muster.example' }])
  })
  it('names the field of every error, staff rows included', () => {
    const s = parseWithZod(form({ ...application, areaWantedSqm: 'viel', email: 'kaputt', 'staff[1].firstName': 'Ina' }), {
      schema: ApplicationForm,
    })
    expect(s.status).toBe('error')
    const errors = s.reply().error ?? {}
    expect(errors.areaWantedSqm).toEqual(['errors.areaWanted'])
    expect(errors.email).toEqual(['errors.emailInvalid'])
    expect(Object.keys(errors)).toContain('staff[0].email')
  })
  it('refuses a zero area and a grid that ends before it starts', () => {
    expect(parseWithZod(form({ hall: 'Halle 2', number: 'A3', areaSqm: '0' }), { schema: StandForm }).reply().error?.areaSqm).toEqual([
      'errors.area',
    ])
    expect(
      parseWithZod(form({ tables: '2', slotMinutes: '30', from: '17:00', until: '10:00' }), { schema: GridForm }).reply().error?.until,
    ).toEqual(['errors.untilBeforeFrom'])
  })
})
