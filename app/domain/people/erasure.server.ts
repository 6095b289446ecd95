// GDPR erasure: a person's data is overwritten everywhere it is kept — the person, their
// registrations' answers and company as typed, mails in the outbox, audit details, leads, profiles,
// speaker and proposal texts, and files on disk (speaker photos) — while every row that a count
// rests on stays (docs/decisions/005-erasure-keeps-counts.md). The person keeps their id,
// company link and registrations' states.
import type { Db } from '~/lib/db.server'
import { deleteSpeakerPhotoFiles, speakerPhotoDir } from '~/domain/programme/speakers.server'

export const ERASED_NAME = '—'
const erasedEmail = (personId: string) => `erased-${personId}@erased.invalid`

export type ErasureResult =
  { kind: 'erased'; registrations: number; outbox: number; audit: number; files: number } | { kind: 'alreadyErased' } | { kind: 'notFound' }

/**
 * Anonymises one person; one transaction, so a failure leaves nothing half erased. Their files are
 * deleted after it commits (a failed erasure must not lose a photo that is still in use); should
 * that fail, erasing again removes what is left.
 * `actorId`: the staff member who erased (null: the person themselves, or the retention rule).
 * `photoDir`: where speaker photos are stored.
 */
export async function erasePerson(
  db: Db,
  personId: string,
  now = new Date(),
  actorId: string | null = null,
  photoDir = speakerPhotoDir(),
): Promise<ErasureResult> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { id: true, email: true, firstName: true, lastName: true, erasedAt: true, speakerRoles: { select: { id: true } } },
  })
  if (!person) return { kind: 'notFound' }
  const speakerIds = person.speakerRoles.map((s) => s.id)
  if (person.erasedAt) {
    await deleteSpeakerPhotoFiles(speakerIds, photoDir)
    return { kind: 'alreadyErased' }
  }
  const registrations = await db.registration.findMany({ where: { personId }, select: { id: true } })
  const registrationIds = registrations.map((r) => r.id)
  // Audit details are free-form JSON: an entry is about the person if it names them or their rows.
  const traces = [person.email, ...registrationIds, personId].filter((s) => s.length >= 6)
  const auditIds = await auditEntriesMentioning(db, traces, [personId, ...registrationIds])
  const outboxWhere = { OR: [{ registrationId: { in: registrationIds } }, { toEmail: person.email }] }

  const erased = await db.$transaction(async (tx) => {
    await tx.person.update({
      where: { id: personId },
      data: {
        email: erasedEmail(personId),
        firstName: ERASED_NAME,
        lastName: ERASED_NAME,
        title: null,
        jobTitle: null,
        phone: null,
        consentLeadScan: false,
        erasedAt: now,
      },
    })
    await tx.registration.updateMany({ where: { personId }, data: { answers: {}, companyName: null, cancelReason: null } })
    // A new address waiting for confirmation is personal data too.
    await tx.emailChange.deleteMany({ where: { registrationId: { in: registrationIds } } })
    // Mails not yet sent are not sent any more: their recipient is gone.
    await tx.outboxMessage.updateMany({ where: { ...outboxWhere, status: 'PENDING' }, data: { status: 'FAILED', lastError: 'erased' } })
    const outbox = await tx.outboxMessage.updateMany({
      where: outboxWhere,
      data: { toEmail: erasedEmail(personId), toName: null, payload: {} },
    })
    const auditRows = await tx.auditEntry.updateMany({ where: { id: { in: auditIds } }, data: { details: { erased: true } } })
    await tx.lead.updateMany({ where: { visitorRegistrationId: { in: registrationIds } }, data: { note: null } })
    await tx.cooperationProfile.updateMany({ where: { personId }, data: { offer: null, seek: null, topics: null } })
    await tx.speaker.updateMany({ where: { personId }, data: { bio: null, photoPath: null } })
    await tx.proposal.updateMany({ where: { personId }, data: { title: ERASED_NAME, abstract: ERASED_NAME, reviewNote: null } })
    await tx.meeting.updateMany({ where: { requesterId: personId }, data: { message: null } })
    await tx.auditEntry.create({ data: { actorId, action: 'person.erased', entityType: 'Person', entityId: personId } })
    return { kind: 'erased' as const, registrations: registrationIds.length, outbox: outbox.count, audit: auditRows.count }
  })
  return { ...erased, files: await deleteSpeakerPhotoFiles(speakerIds, photoDir) }
}

/** Audit entries about the person's rows, or whose details contain any of the traces. */
async function auditEntriesMentioning(db: Db, traces: string[], entityIds: string[]): Promise<string[]> {
  const ids = new Set((await db.auditEntry.findMany({ where: { entityId: { in: entityIds } }, select: { id: true } })).map((a) => a.id))
  const needles = traces.map((t) => t.toLowerCase())
  const BATCH = 1_000
  for (let cursor: string | undefined; ;) {
    const page = await db.auditEntry.findMany({
      select: { id: true, details: true },
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    })
    for (const entry of page) {
      const text = entry.details ? JSON.stringify(entry.details).toLowerCase() : ''
      if (needles.some((n) => text.includes(n))) ids.add(entry.id)
    }
    if (page.length < BATCH) break
    cursor = page.at(-1)!.id
  }
  return [...ids]
}

/** People whose every registration is for an event that ended before the cutoff (and not yet erased). */
export async function personsPastRetention(db: Db, cutoff: Date): Promise<string[]> {
  const persons = await db.person.findMany({
    where: {
      erasedAt: null,
      registrations: { some: {}, every: { event: { endsAt: { lt: cutoff } } } },
      speakerRoles: { every: { event: { endsAt: { lt: cutoff } } } },
      proposals: { every: { event: { endsAt: { lt: cutoff } } } },
    },
    select: { id: true },
  })
  return persons.map((p) => p.id)
}

/** The retention rule: anonymises attendees whose events all ended more than `months` months ago. */
export async function applyRetention(
  db: Db,
  months: number,
  now = new Date(),
  photoDir = speakerPhotoDir(),
): Promise<{ cutoff: Date; erased: number }> {
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number ≥ 1')
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - months)
  let erased = 0
  for (const id of await personsPastRetention(db, cutoff)) if ((await erasePerson(db, id, now, null, photoDir)).kind === 'erased') erased++
  return { cutoff, erased }
}
