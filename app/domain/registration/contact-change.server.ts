// What attendees correct about themselves on /r/:token: their name and company at once, their
// e-mail address only once the new mailbox has confirmed it.
//
// A new address is a claim until its mailbox answers: the confirmation link (single-use, expiring)
// goes to the new address only, the registration keeps the old one until the link is followed,
// and the old address is told afterwards. Whoever asks learns nothing about the new address — in
// particular not whether it is registered for this event already; if it is, the mail to it says
// so instead of offering the change.
import { USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { enqueue } from '~/domain/outbox/enqueue.server'
import { registrationMessage } from '~/domain/outbox/messages'
import { companyNameOf, normaliseEmail, repeatMailCutoff } from './rules'
import { newToken } from './register.server'

/** How long a confirmation link for a new address works. */
export const EMAIL_CHANGE_TTL_MS = 24 * 3_600_000

export type DetailsChange = { firstName: string; lastName: string; company?: string | null }
export type DetailsResult = { kind: 'changed' | 'unchanged' | 'cancelled' | 'notFound' }

/**
 * Corrects the attendee's name (the person's, so badge and ticket show it) and the company they
 * registered for, and confirms it by mail. Nothing changed: no mail.
 */
export async function changeDetails(db: Db, registrationId: string, change: DetailsChange): Promise<DetailsResult> {
  const firstName = change.firstName.trim()
  const lastName = change.lastName.trim()
  const companyName = companyNameOf(change)
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id: registrationId }, include: { person: true } })
    if (!registration) return { kind: 'notFound' as const }
    if (registration.status === 'CANCELLED' || registration.person.erasedAt) return { kind: 'cancelled' as const }
    const { person } = registration
    if (person.firstName === firstName && person.lastName === lastName && registration.companyName === companyName)
      return { kind: 'unchanged' as const }
    await tx.person.update({ where: { id: person.id }, data: { firstName, lastName } })
    await tx.registration.update({ where: { id: registrationId }, data: { companyName } })
    await enqueue(tx, {
      ...registrationMessage(registration, person.email, 'registration.changed'),
      payload: { registrationId, what: 'details' },
    })
    await tx.auditEntry.create({
      data: {
        action: 'registration.selfServiceDetails',
        entityType: 'Registration',
        entityId: registrationId,
        eventId: registration.eventId,
        details: { before: { firstName: person.firstName, lastName: person.lastName, company: registration.companyName } },
      },
    })
    return { kind: 'changed' as const }
  }, USER_TX)
}

export type EmailChangeRequest = { kind: 'sent' } | { kind: 'cancelled' | 'notFound' }

/**
 * Asks the new address to confirm itself. `sent` whatever the address is — new, someone else's,
 * registered for this event already (then its mail says so), or the current one (then nothing is
 * mailed). The same address asked again within the repeat interval gets no second mail.
 */
export async function requestEmailChange(db: Db, registrationId: string, newEmail: string, now = new Date()): Promise<EmailChangeRequest> {
  const email = normaliseEmail(newEmail)
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id: registrationId }, include: { person: true } })
    if (!registration) return { kind: 'notFound' as const }
    if (registration.status === 'CANCELLED' || registration.person.erasedAt) return { kind: 'cancelled' as const }
    if (email === registration.person.email) return { kind: 'sent' as const }
    const recent = await tx.emailChange.count({ where: { registrationId, newEmail: email, createdAt: { gt: repeatMailCutoff(now) } } })
    if (recent > 0) return { kind: 'sent' as const }
    const taken = await tx.registration.count({ where: { eventId: registration.eventId, person: { email } } })
    const change = await tx.emailChange.create({
      data: {
        registrationId,
        newEmail: email,
        token: newToken(),
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TTL_MS),
        createdAt: now,
      },
    })
    await enqueue(tx, {
      ...registrationMessage(registration, email, taken ? 'registration.emailTaken' : 'registration.emailConfirm'),
      payload: { registrationId, emailChangeId: change.id },
    })
    return { kind: 'sent' as const }
  }, USER_TX)
}

/** A confirmation link as its page shows it before it is used; null when it no longer works. */
export async function findEmailChange(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  const change = await db.emailChange.findUnique({
    where: { token },
    include: { registration: { include: { event: true, person: true } } },
  })
  if (!change || change.usedAt || change.expiresAt <= now) return null
  if (change.registration.status === 'CANCELLED' || change.registration.person.erasedAt) return null
  return change
}

export type EmailChangeResult = { kind: 'changed'; manageToken: string } | { kind: 'taken'; manageToken: string } | { kind: 'invalid' }

/**
 * Follows a confirmation link: the registration moves to the new address (the person's address
 * when nobody else has it; the person behind it when they exist but are not registered for this
 * event), once. The old address is told. `invalid`: unknown, used, expired or cancelled.
 */
export async function confirmEmailChange(db: Db, token: string, now = new Date()): Promise<EmailChangeResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: 'invalid' }
  try {
    return await db.$transaction(async (tx) => {
      // The guard first: of two clicks at once only one uses the link.
      const { count } = await tx.emailChange.updateMany({
        where: { token, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      })
      if (count === 0) return { kind: 'invalid' as const }
      const change = await tx.emailChange.findUniqueOrThrow({
        where: { token },
        include: { registration: { include: { person: true } } },
      })
      const { registration } = change
      if (registration.status === 'CANCELLED' || registration.person.erasedAt) return { kind: 'invalid' as const }
      const oldEmail = registration.person.email
      const other = await tx.person.findUnique({ where: { email: change.newEmail } })
      if (other) {
        const registered = await tx.registration.count({ where: { eventId: registration.eventId, personId: other.id } })
        if (registered) return { kind: 'taken' as const, manageToken: registration.manageToken }
        // Another person's now, as after a transfer: the old mailbox's link and ticket stop working.
        const moved = await tx.registration.update({
          where: { id: registration.id },
          data: { personId: other.id, calendarSequence: { increment: 1 }, manageToken: newToken(), ticketSecret: newToken() },
        })
        registration.manageToken = moved.manageToken
      } else {
        await tx.person.update({ where: { id: registration.personId }, data: { email: change.newEmail } })
        await tx.registration.update({ where: { id: registration.id }, data: { calendarSequence: { increment: 1 } } })
      }
      // Other links to other addresses for this registration are void now.
      await tx.emailChange.updateMany({ where: { registrationId: registration.id, usedAt: null }, data: { usedAt: now } })
      const name = `${registration.person.firstName} ${registration.person.lastName}`
      await enqueue(tx, {
        ...registrationMessage(registration, oldEmail, 'registration.emailChanged'),
        toName: name,
        payload: { registrationId: registration.id, emailChangeId: change.id },
      })
      // The ticket and the calendar entry now belong to the new mailbox.
      await enqueue(tx, {
        ...registrationMessage(registration, change.newEmail, 'registration.changed'),
        payload: { registrationId: registration.id, what: 'email', invite: true },
      })
      await tx.auditEntry.create({
        data: {
          action: 'registration.selfServiceEmail',
          entityType: 'Registration',
          entityId: registration.id,
          eventId: registration.eventId,
          details: { from: oldEmail, to: change.newEmail },
        },
      })
      return { kind: 'changed' as const, manageToken: registration.manageToken }
    }, USER_TX)
  } catch (error) {
    // The address was taken between the lookup and the write (a concurrent registration).
    if (isUniqueViolation(error)) return { kind: 'invalid' }
    throw error
  }
}
