// The attendee's own side of the GDPR: "download my data" (everything kept about the person, as
// JSON) and "erase my data" (upcoming seats are freed for others, then the person is anonymised).
import type { Db } from '~/lib/db.server'
import { erasePerson, type ErasureResult } from './erasure.server'
import { cancelRegistration, newToken } from '~/domain/registration/register.server'

/** Everything kept about one person, in plain JSON (no internal secrets such as ticket keys). */
export async function personalData(db: Db, personId: string) {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      title: true,
      jobTitle: true,
      phone: true,
      locale: true,
      consentLeadScan: true,
      createdAt: true,
      company: { select: { name: true, city: true } },
      registrations: {
        orderBy: { createdAt: 'asc' },
        select: {
          status: true,
          role: true,
          source: true,
          companyName: true,
          locale: true,
          answers: true,
          createdAt: true,
          confirmedAt: true,
          cancelledAt: true,
          event: { select: { titleDe: true, titleEn: true, startsAt: true, endsAt: true, slug: true } },
          sessions: { select: { status: true, session: { select: { titleDe: true, titleEn: true, startsAt: true } } } },
          checkIns: { select: { day: true, checkedInAt: true, undoneAt: true } },
        },
      },
      profiles: { select: { offer: true, seek: true, topics: true, event: { select: { slug: true } } } },
      speakerRoles: { select: { status: true, bio: true, event: { select: { slug: true } } } },
      proposals: { select: { title: true, abstract: true, status: true, event: { select: { slug: true } } } },
    },
  })
  return person ? { exportedAt: new Date().toISOString(), person } : null
}

/** Erasure on the attendee's own request: frees upcoming seats, anonymises, kills the old links. */
export async function eraseOnRequest(db: Db, personId: string, now = new Date(), photoDir?: string): Promise<ErasureResult> {
  const upcoming = await db.registration.findMany({
    where: { personId, status: { not: 'CANCELLED' }, event: { endsAt: { gt: now } } },
    select: { id: true },
  })
  for (const r of upcoming) await cancelRegistration(db, r.id, { reason: 'erasure', now })
  const result = await erasePerson(db, personId, now, null, photoDir)
  if (result.kind === 'erased') {
    // The links in old mails open nothing any more.
    for (const r of await db.registration.findMany({ where: { personId }, select: { id: true } })) {
      await db.registration.update({ where: { id: r.id }, data: { manageToken: newToken() } })
    }
  }
  return result
}
