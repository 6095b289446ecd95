// What the public registration form and the self-service page need to know about an event.
import { sqliteDirect, type Db } from '~/lib/db.server'
import { questionOptions, type Question } from './answers'
import { registrationState, seatsLeft } from './state'
import { registrationFormOnSqlite } from './store.sqlite.server'
import { bookableSessions } from './session-choice.server'

export async function getRegistrationPage(db: Db, slug: string, now = new Date()) {
  const event = await db.event.findUnique({
    where: { slug },
    include: { questions: { orderBy: { position: 'asc' } } },
  })
  // Drafts and internal events have no public form.
  if (!event || !event.isPublic || event.status === 'DRAFT') return null
  return {
    id: event.id,
    slug: event.slug,
    kind: event.kind,
    titleDe: event.titleDe,
    titleEn: event.titleEn,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venueName: event.venueName,
    venueCity: event.venueCity,
    inviteOnly: event.inviteOnly,
    state: registrationState(event, now),
    seatsLeft: seatsLeft(event),
    sessions: await bookableSessions(db, event.id),
    questions: event.questions.map((q) => ({ ...q, options: questionOptions(q) })) as (Question & {
      labelDe: string
      labelEn: string
      options: { value: string; de: string; en: string }[]
    })[],
  }
}

/** The event behind the "resend my ticket" form and the pages after a public form: where there is a public registration form. */
export async function getPublicFormEvent(db: Db, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      isPublic: true,
      status: true,
      titleDe: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venueName: true,
      venueCity: true,
    },
  })
  return event && event.isPublic && event.status !== 'DRAFT' ? event : null
}

export type RegistrationForm = Pick<
  NonNullable<Awaited<ReturnType<typeof getRegistrationPage>>>,
  'id' | 'kind' | 'inviteOnly' | 'questions' | 'sessions'
>

/**
 * What a posted registration form is checked against: the event, its questions and bookable
 * sessions (whether it is open is register()'s decision). On SQLite read without the ORM, as the
 * rest of a registration is (registration-sqlite.server.ts).
 */
export async function getRegistrationForm(db: Db, slug: string): Promise<RegistrationForm | null> {
  const direct = sqliteDirect(db)
  if (direct) return direct.transaction((conn) => registrationFormOnSqlite(conn, slug))
  return registrationFormWithPrisma(db, slug)
}

export async function registrationFormWithPrisma(db: Db, slug: string): Promise<RegistrationForm | null> {
  const page = await getRegistrationPage(db, slug)
  return page && { id: page.id, kind: page.kind, inviteOnly: page.inviteOnly, questions: page.questions, sessions: page.sessions }
}
