// Lead scanning: exhibitor staff scan a visitor's badge at the stand and keep the contact with a
// note — only when the visitor agreed to it when registering (Person.consentLeadScan). The badge's
// code is checked like at the door (signature, event, current ticket version); without consent
// nothing is stored, not even that the badge was scanned. Each exhibitor sees and exports only
// its own leads.
import { isUniqueViolation } from '~/lib/db-errors.server'
import type { Db } from '~/lib/db.server'
import { toCsv } from '~/lib/csv'
import { staffPassByToken } from './cooperation.server'
import { getTicketKeys, ticketVersion, verifyTicket } from '~/domain/checkin/tickets.server'

const MAX_CODE_LENGTH = 512

export type ScanResult =
  | { kind: 'saved' | 'updated' | 'already'; name: string }
  | { kind: 'noConsent' | 'invalid' | 'wrongEvent' | 'cancelled' | 'ownStaff' }
  | { kind: 'notFound' }

/** A badge scanned at the stand by the holder of the staff pass behind `token`. */
export async function scanLead(db: Db, token: string, input: { code: string; note?: string | null }): Promise<ScanResult> {
  const desk = await staffPassByToken(db, token)
  if (!desk) return { kind: 'notFound' }
  const code = input.code.trim()
  if (code.length > MAX_CODE_LENGTH) return { kind: 'invalid' }
  const claims = verifyTicket((await getTicketKeys(db)).publicKey, code)
  if (!claims) return { kind: 'invalid' }
  if (claims.eventId !== desk.event.id) return { kind: 'wrongEvent' }
  const visitor = await db.registration.findUnique({
    where: { id: claims.registrationId },
    include: { person: { include: { company: true } } },
  })
  // A genuine signature over a superseded ticket (transferred, re-issued) is no longer a badge.
  if (!visitor || visitor.eventId !== desk.event.id || ticketVersion(visitor.ticketSecret) !== claims.version) return { kind: 'invalid' }
  if (visitor.status === 'CANCELLED') return { kind: 'cancelled' }
  if (visitor.exhibitorId === desk.exhibitor.id) return { kind: 'ownStaff' }
  if (!visitor.person.consentLeadScan || visitor.person.erasedAt) return { kind: 'noConsent' }
  const name = [`${visitor.person.firstName} ${visitor.person.lastName}`, visitor.companyName ?? visitor.person.company?.name]
    .filter(Boolean)
    .join(', ')
  const note = input.note?.trim() || null
  try {
    await db.lead.create({
      data: { eventId: desk.event.id, exhibitorId: desk.exhibitor.id, visitorRegistrationId: visitor.id, note, scannedById: desk.pass.id },
    })
    return { kind: 'saved', name }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
  // Scanned before (by this or another member of the stand staff): a new note is added to the old one.
  if (!note) return { kind: 'already', name }
  const lead = await db.lead.findUniqueOrThrow({
    where: { exhibitorId_visitorRegistrationId: { exhibitorId: desk.exhibitor.id, visitorRegistrationId: visitor.id } },
  })
  await db.lead.update({ where: { id: lead.id }, data: { note: lead.note ? `${lead.note}\n${note}`.slice(0, 4_000) : note } })
  return { kind: 'updated', name }
}

/** The leads of the exhibitor whose staff pass is behind `token`, newest first; null for an unknown link. */
export async function listLeads(db: Db, token: string) {
  const desk = await staffPassByToken(db, token)
  if (!desk) return null
  const leads = await db.lead.findMany({
    where: { exhibitorId: desk.exhibitor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { visitorRegistration: { include: { person: { include: { company: true } } } } },
  })
  return {
    desk,
    // A visitor erased since (GDPR) or who withdrew consent is no longer shown or exported.
    leads: leads
      .filter((l) => l.visitorRegistration.person.consentLeadScan && !l.visitorRegistration.person.erasedAt)
      .map((l) => ({
        id: l.id,
        firstName: l.visitorRegistration.person.firstName,
        lastName: l.visitorRegistration.person.lastName,
        company: l.visitorRegistration.companyName ?? l.visitorRegistration.person.company?.name ?? null,
        email: l.visitorRegistration.person.email,
        note: l.note,
        createdAt: l.createdAt,
      })),
  }
}

export type LeadRow = NonNullable<Awaited<ReturnType<typeof listLeads>>>['leads'][number]

/** The leads as a CSV file for Excel (see lib/csv.ts), with the header in the reader's language. */
export function leadsCsv(
  leads: LeadRow[],
  header: { firstName: string; lastName: string; company: string; email: string; note: string; scannedAt: string },
): string {
  return toCsv([
    [header.firstName, header.lastName, header.company, header.email, header.note, header.scannedAt],
    ...leads.map((l) => [l.firstName, l.lastName, l.company, l.email, l.note, l.createdAt]),
  ])
}
