// The call for contributions: while an event's `proposalsOpen` is on, anyone may propose a talk on
// /events/:slug/propose. Organisers accept (and place it into a slot, now or later) or decline with
// a note. Accepting makes the proposer a speaker of the event; placing writes the session through
// programme.server.ts, so the same conflict rules apply and the speaker gets the invitation then.
import type { ProposalStatus, SessionKind } from '~/generated/prisma-sqlite/client'
import { USER_TX, type Db } from '~/lib/db.server'
import { PUBLIC_STATUSES } from '~/domain/events/events.server'
import { lockEvent, saveSessionIn, speakerName, type ProgrammeConflict, type ProgrammeWarning } from './programme.server'
import { isOpenSlot } from './slot-templates'
import { findOrCreatePerson, newToken, normaliseEmail } from '~/domain/registration/register.server'

export const PROPOSAL_KINDS = ['TALK', 'PANEL', 'WORKSHOP'] as const satisfies readonly SessionKind[]

export type ProposalInput = {
  firstName: string
  lastName: string
  email: string
  company?: string | null
  locale: 'de' | 'en'
  title: string
  abstract: string
  kind: (typeof PROPOSAL_KINDS)[number]
  language: 'de' | 'en'
}

export type SubmitResult = { kind: 'submitted'; proposalId: string } | { kind: 'closed' } | { kind: 'notFound' }

/** Where an accepted proposal goes: an open template slot, or a room and time of its own. */
export type Placement = { openSlotId: string } | { roomId: string | null; startsAt: Date; endsAt: Date }

export type AcceptResult =
  | { kind: 'accepted'; sessionId: string | null; warnings: ProgrammeWarning[] }
  | { kind: 'conflict'; conflicts: ProgrammeConflict[] }
  | { kind: 'alreadyDecided'; status: ProposalStatus }
  | { kind: 'unknownSlot' }
  | { kind: 'notFound' }

export type DeclineResult = { kind: 'declined' } | { kind: 'alreadyDecided'; status: ProposalStatus } | { kind: 'notFound' }

/** The public event taking proposals, or why not. */
export async function getCallForProposals(db: Db, slug: string, now = new Date()) {
  const event = await db.event.findFirst({
    where: { slug, isPublic: true, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      id: true,
      slug: true,
      titleDe: true,
      titleEn: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      proposalsOpen: true,
    },
  })
  if (!event) return null
  const open = event.proposalsOpen && event.status === 'PUBLISHED' && event.endsAt > now
  return { event, open }
}

/**
 * Stores a proposal. Sending the same title twice (a double click, a reload) keeps one proposal.
 * The proposer becomes a Person like a registrant (found again by e-mail).
 */
export async function submitProposal(db: Db, slug: string, input: ProposalInput, now = new Date()): Promise<SubmitResult> {
  const call = await getCallForProposals(db, slug, now)
  if (!call) return { kind: 'notFound' }
  if (!call.open) return { kind: 'closed' }
  const person = await findOrCreatePerson(db, normaliseEmail(input.email), input)
  const title = input.title.trim()
  const known = await db.proposal.findFirst({
    where: { eventId: call.event.id, personId: person.id, title, status: 'SUBMITTED' },
    select: { id: true },
  })
  if (known) return { kind: 'submitted', proposalId: known.id }
  const proposal = await db.proposal.create({
    data: {
      eventId: call.event.id,
      personId: person.id,
      title,
      abstract: input.abstract.replace(/\r\n?/g, '\n').trim(),
      kind: input.kind,
      language: input.language,
    },
  })
  return { kind: 'submitted', proposalId: proposal.id }
}

/** The review queue: proposals of an event, newest first within each status, and the open slots to place them in. */
export async function listProposals(db: Db, eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      titleDe: true,
      titleEn: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      proposalsOpen: true,
      slug: true,
      rooms: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } },
      proposals: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          title: true,
          abstract: true,
          kind: true,
          language: true,
          status: true,
          reviewNote: true,
          createdAt: true,
          person: {
            select: { title: true, firstName: true, lastName: true, email: true, erasedAt: true, company: { select: { name: true } } },
          },
          session: { select: { id: true, startsAt: true, endsAt: true, room: { select: { name: true } } } },
        },
      },
      sessions: {
        where: { kind: 'TALK', speakers: { none: {} } },
        orderBy: { startsAt: 'asc' },
        select: { id: true, titleDe: true, kind: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
      },
    },
  })
  if (!event) return null
  const { proposals, sessions, ...rest } = event
  return {
    event: rest,
    proposals: proposals.map((p) => ({
      ...p,
      person: { name: speakerName(p.person), email: p.person.erasedAt ? null : p.person.email, company: p.person.company?.name ?? null },
    })),
    openSlots: sessions
      .filter((s) => isOpenSlot({ ...s, speakerCount: 0 }))
      .map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, roomName: s.room?.name ?? null })),
  }
}

/** Thrown inside the transaction to roll back the speaker it made when the slot is refused. */
class Refused {
  constructor(readonly result: AcceptResult) {}
}

/**
 * Accepts a proposal (or places an accepted one): the proposer becomes a speaker of the event
 * (invited to confirm the slot), and with a placement the session is written now. Everything or
 * nothing: a refused slot leaves the proposal as it was.
 */
export async function acceptProposal(db: Db, eventId: string, proposalId: string, placement: Placement | null): Promise<AcceptResult> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
      const proposal = await tx.proposal.findFirst({ where: { id: proposalId, eventId } })
      if (!proposal) return { kind: 'notFound' as const }
      const placeable = proposal.status === 'SUBMITTED' || (proposal.status === 'ACCEPTED' && !proposal.sessionId)
      if (!placeable) return { kind: 'alreadyDecided' as const, status: proposal.status }

      const speaker = await tx.speaker.upsert({
        where: { eventId_personId: { eventId, personId: proposal.personId } },
        create: { eventId, personId: proposal.personId, token: newToken() },
        update: {},
      })
      // Someone who declined an earlier invitation but now proposes a talk is asked again.
      if (speaker.status === 'DECLINED')
        await tx.speaker.update({ where: { id: speaker.id }, data: { status: 'INVITED', calendarSequence: { increment: 1 } } })

      let sessionId: string | null = null
      let warnings: ProgrammeWarning[] = []
      if (placement) {
        const content = {
          kind: proposal.kind,
          titleDe: proposal.title,
          titleEn: proposal.title,
          abstractDe: proposal.language === 'de' ? proposal.abstract : null,
          abstractEn: proposal.language === 'en' ? proposal.abstract : null,
          language: proposal.language === 'en' ? ('en' as const) : ('de' as const),
          capacity: null,
          speakerIds: [speaker.id],
        }
        let target: { id: string | null; roomId: string | null; startsAt: Date; endsAt: Date }
        if ('openSlotId' in placement) {
          const slot = await tx.session.findFirst({
            where: { id: placement.openSlotId, eventId },
            include: { _count: { select: { speakers: true } } },
          })
          if (!slot || !isOpenSlot({ ...slot, speakerCount: slot._count.speakers })) throw new Refused({ kind: 'unknownSlot' })
          target = { id: slot.id, roomId: slot.roomId, startsAt: slot.startsAt, endsAt: slot.endsAt }
        } else {
          target = { id: null, ...placement }
        }
        const saved = await saveSessionIn(
          tx,
          eventId,
          target.id,
          { ...content, roomId: target.roomId, startsAt: target.startsAt, endsAt: target.endsAt },
          { locked: true },
        )
        if (saved.kind !== 'saved') throw new Refused(saved.kind === 'conflict' ? saved : { kind: 'notFound' })
        sessionId = saved.sessionId
        warnings = saved.warnings
      }
      await tx.proposal.update({ where: { id: proposal.id }, data: { status: 'ACCEPTED', sessionId } })
      return { kind: 'accepted' as const, sessionId, warnings }
    }, USER_TX)
  } catch (error) {
    if (error instanceof Refused) return error.result
    throw error
  }
}

/** Declines a proposal with an optional note for the organisers' records. A placed one must be unplaced first. */
export async function declineProposal(db: Db, eventId: string, proposalId: string, note: string | null): Promise<DeclineResult> {
  const proposal = await db.proposal.findFirst({ where: { id: proposalId, eventId }, select: { status: true, sessionId: true } })
  if (!proposal) return { kind: 'notFound' }
  if (proposal.sessionId || proposal.status === 'DECLINED' || proposal.status === 'WITHDRAWN')
    return { kind: 'alreadyDecided', status: proposal.status }
  // Guarded: a concurrent placement wins over the decline.
  const { count } = await db.proposal.updateMany({
    where: { id: proposalId, status: proposal.status, sessionId: null },
    data: { status: 'DECLINED', reviewNote: note?.trim() || null },
  })
  return count === 1 ? { kind: 'declined' } : { kind: 'alreadyDecided', status: proposal.status }
}
