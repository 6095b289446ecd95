// The organiser's event form (create and edit): field rules and the error keys (namespace
// `organiser`). Times are wall-clock times in the event's zone, as typed into datetime-local fields.
import { z } from 'zod'
import { line, optionalEmail, optionalLine, optionalText } from '~/lib/form-fields'

/** The longest field (the description): what a form shows again after an error is cut to it. */
export const EVENT_TEXT_MAX = 20_000

export const EVENT_KINDS = ['CONFERENCE', 'WORKSHOP', 'MEETING', 'DIALOGUE', 'FAIR'] as const
// An empty field arrives as a missing one (Conform): both are no date.
const localDateTime = z.string({ error: 'errors.dateInvalid' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'errors.dateInvalid' })
const optionalDateTime = z.union([z.literal(''), localDateTime]).optional()

export const EventForm = z
  .object({
    // Titles and venue lines go into mail subjects, calendar files and PDFs: one line each.
    titleDe: line(200),
    titleEn: optionalLine(200),
    summaryDe: optionalText(2_000),
    summaryEn: optionalText(2_000),
    // The event page's long text, paragraphs separated by blank lines.
    descriptionDe: optionalText(EVENT_TEXT_MAX),
    descriptionEn: optionalText(EVENT_TEXT_MAX),
    kind: z.enum(EVENT_KINDS, { error: 'errors.required' }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    venueName: optionalLine(200),
    venueStreet: optionalLine(200),
    venuePostcode: optionalLine(20),
    venueCity: optionalLine(100),
    contactEmail: optionalEmail,
    // Who signs the mails and is the ORGANIZER of the calendar invites.
    organiserName: optionalLine(200),
    registrationOpensAt: optionalDateTime,
    registrationClosesAt: optionalDateTime,
    capacity: z
      .string()
      .trim()
      .regex(/^(\d{1,6})?$/, { error: 'errors.capacityInvalid' })
      .refine((v) => v === '' || (Number(v) >= 1 && Number(v) <= 100_000), { error: 'errors.capacityInvalid' })
      .optional(),
    waitlist: z.literal('on').optional(),
    proposalsOpen: z.literal('on').optional(),
    publish: z.literal('on').optional(),
  })
  // Same format on both sides, so the strings compare like the times they stand for.
  .refine((v) => !v.registrationOpensAt || !v.registrationClosesAt || v.registrationOpensAt < v.registrationClosesAt, {
    error: 'errors.windowInvalid',
    path: ['registrationClosesAt'],
  })

export type EventFormValue = z.infer<typeof EventForm>

/** The form's value as the domain's event fields, times converted from the zone's wall clock. */
export function eventFieldsFromForm(v: EventFormValue, toUtc: (wallTime: string) => Date) {
  return {
    kind: v.kind,
    titleDe: v.titleDe,
    titleEn: v.titleEn,
    summaryDe: v.summaryDe || null,
    summaryEn: v.summaryEn || null,
    descriptionDe: v.descriptionDe || null,
    descriptionEn: v.descriptionEn || null,
    startsAt: toUtc(v.startsAt),
    endsAt: toUtc(v.endsAt),
    venueName: v.venueName,
    venueStreet: v.venueStreet || null,
    venuePostcode: v.venuePostcode || null,
    venueCity: v.venueCity,
    contactEmail: v.contactEmail || null,
    organiserName: v.organiserName || null,
    registrationOpensAt: v.registrationOpensAt ? toUtc(v.registrationOpensAt) : null,
    registrationClosesAt: v.registrationClosesAt ? toUtc(v.registrationClosesAt) : null,
    capacity: v.capacity ? Number(v.capacity) : null,
    waitlistEnabled: v.waitlist === 'on',
    proposalsOpen: v.proposalsOpen === 'on',
  }
}
