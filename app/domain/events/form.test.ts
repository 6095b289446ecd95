import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { EventForm, eventFieldsFromForm } from './form'

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
/** The form as the pages read it: Conform drops empty and unknown fields before the schema decides. */
function parseEventForm(f: FormData) {
  const submission = parseWithZod(f, { schema: EventForm })
  return submission.status === 'success'
    ? { ok: true as const, value: submission.value }
    : { ok: false as const, fieldErrors: submission.error ?? {} }
}
const base = { titleDe: 'Kammerdialog', kind: 'DIALOGUE', startsAt: '2027-03-10T18:00', endsAt: '2027-03-10T20:00' }

describe('the event form', () => {
  it('takes a registration window, venue address, contact and summaries', () => {
    const parsed = parseEventForm(
      form({
        ...base,
        venueStreet: 'Leipziger Str. 1',
        venuePostcode: '39112',
        contactEmail: 'info@cluster.example',
        registrationOpensAt: '2027-02-01T09:00',
        registrationClosesAt: '2027-03-08T12:00',
        summaryDe: 'Kurz.',
        descriptionDe: 'Erster Absatz.\n\nZweiter Absatz.',
        descriptionEn: 'First paragraph.',
        organiserName: 'Cluster Sondermaschinenbau e. V.',
        proposalsOpen: 'on',
        status: 'PUBLISHED',
      }),
    )
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors))
    const fields = eventFieldsFromForm(parsed.value, (wall) => new Date(`${wall}:00Z`))
    expect(fields).toMatchObject({
      venueStreet: 'Leipziger Str. 1',
      venuePostcode: '39112',
      contactEmail: 'info@cluster.example',
      summaryDe: 'Kurz.',
      summaryEn: null,
      descriptionDe: 'Erster Absatz.\n\nZweiter Absatz.',
      descriptionEn: 'First paragraph.',
      organiserName: 'Cluster Sondermaschinenbau e. V.',
      proposalsOpen: true,
      waitlistEnabled: false,
    })
    expect(fields.registrationOpensAt?.toISOString()).toBe('2027-02-01T09:00:00.000Z')
    expect(fields.registrationClosesAt?.toISOString()).toBe('2027-03-08T12:00:00.000Z')
    expect('status' in fields).toBe(false)
  })

  it('leaves an empty window open and refuses one that closes before it opens', () => {
    const open = parseEventForm(form({ ...base, registrationOpensAt: '', registrationClosesAt: '' }))
    expect(open.ok && eventFieldsFromForm(open.value, (w) => new Date(w))).toMatchObject({
      registrationOpensAt: null,
      registrationClosesAt: null,
    })
    const bad = parseEventForm(
      form({ ...base, registrationOpensAt: '2027-03-08T12:00', registrationClosesAt: '2027-03-08T12:00', contactEmail: 'nope' }),
    )
    expect(bad.ok ? null : bad.fieldErrors).toEqual({
      registrationClosesAt: ['errors.windowInvalid'],
      contactEmail: ['errors.emailInvalid'],
    })
  })

  it('refuses line breaks and control characters in the title and every venue line, as in names; summaries may have line breaks', () => {
    for (const field of ['titleDe', 'titleEn', 'venueName', 'venueStreet', 'venuePostcode', 'venueCity']) {
      for (const bad of ['K\r\nBcc: x@ex.org', 'Kammer\ndialog', 'Kammer\u0000', 'Kammer\u202edialog']) {
        const parsed = parseEventForm(form({ ...base, [field]: bad }))
        expect(parsed.ok ? null : parsed.fieldErrors, `${field}: ${JSON.stringify(bad)}`).toEqual({ [field]: ['errors.invalidCharacters'] })
      }
    }
    const summaries = parseEventForm(form({ ...base, summaryDe: 'Erste Zeile.\r\nZweite Zeile.', summaryEn: 'One\n\nTwo' }))
    expect(summaries.ok && summaries.value).toMatchObject({ summaryDe: 'Erste Zeile.\r\nZweite Zeile.', summaryEn: 'One\n\nTwo' })
    const nul = parseEventForm(form({ ...base, summaryDe: 'Kurz\u0000' }))
    expect(nul.ok ? null : nul.fieldErrors).toEqual({ summaryDe: ['errors.invalidCharacters'] })
  })
})
