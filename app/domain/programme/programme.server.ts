// The timetable: rooms, sessions and the speakers in them, with the conflict rules of
// programme-conflicts.ts applied inside the transaction that writes.
//
// Every change of a session's time or room raises its calendarSequence (the SEQUENCE of the calendar
// invitations) and tells its speakers through the outbox, in the same transaction: a speaker added
// gets `speaker.invitation`, one removed or whose session is deleted `speaker.slotCancelled`, the
// others `speaker.slotChanged`. Declined speakers and erased persons get nothing.
//
// Each writing transaction starts with a no-op UPDATE of the event row: it serialises programme
// edits of one event (row lock on PostgreSQL, the write lock on SQLite), so two organisers cannot
// both put a session into the same free slot, and SQLite never reads a snapshot it later cannot
// write from.
import type { Prisma, SessionKind } from '~/generated/prisma-sqlite/client'
import { USER_TX, type Db, type DbOrTx, type Tx } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { checkSession, eventDays, expectedAudience, type Conflict, type EventSpan, type ScheduledSession, type Warning } from './conflicts'
import { generateSlots, isOpenSlot, OPEN_SLOT_TITLE, type SlotTemplate } from './slot-templates'
import { audit, auditWhen } from '~/domain/audit/audit.server'

export const SESSION_KINDS = ['KEYNOTE', 'TALK', 'PANEL', 'WORKSHOP', 'BREAK'] as const satisfies readonly SessionKind[]

export type SessionInput = {
  kind: SessionKind
  titleDe: string
  titleEn: string
  abstractDe?: string | null
  abstractEn?: string | null
  language: 'de' | 'en'
  roomId: string | null
  startsAt: Date
  endsAt: Date
  /** Own seat limit (workshops inside a conference); null: no booking needed. */
  capacity: number | null
  speakerIds: string[]
}

/** Another session as named in a message: "„Keynote“, Konferenzsaal, 09:00–10:00". */
export type SessionRef = { id: string; titleDe: string; titleEn: string; startsAt: Date; endsAt: Date; roomName: string | null }

export type ProgrammeConflict =
  | { kind: 'invalidTimes' }
  | { kind: 'outsideEventDays'; firstDay: string; lastDay: string }
  | { kind: 'roomDoubleBooked'; roomName: string; other: SessionRef }
  | { kind: 'speakerDoubleBooked'; speakerName: string; other: SessionRef }
  | { kind: 'unknownRoom' }
  | { kind: 'unknownSpeaker' }

export type ProgrammeWarning = { kind: 'overCapacity'; roomName: string; expectedAudience: number; roomCapacity: number }

export type SessionResult =
  | { kind: 'saved'; sessionId: string; calendarSequence: number; warnings: ProgrammeWarning[] }
  | { kind: 'conflict'; conflicts: ProgrammeConflict[] }
  | { kind: 'notFound' }

export type DeleteSessionResult = { kind: 'deleted'; notified: number } | { kind: 'notFound' }

export type RoomInput = { name: string; capacity: number | null; position?: number }
export type RoomResult =
  | { kind: 'saved'; roomId: string; overCapacity: { sessionId: string; titleDe: string; titleEn: string; expectedAudience: number }[] }
  | { kind: 'duplicateName' }
  | { kind: 'notFound' }
export type DeleteRoomResult = { kind: 'deleted' } | { kind: 'inUse'; sessions: number } | { kind: 'notFound' }

export type SlotGenerationResult =
  | { kind: 'generated'; created: number; skipped: number }
  | { kind: 'invalid'; reason: 'time' | 'length' | 'break' | 'tooMany' | 'outsideEventDays' }
  | { kind: 'unknownRoom' }
  | { kind: 'notFound' }

export const speakerName = (person: { title: string | null; firstName: string; lastName: string }) =>
  [person.title, person.firstName, person.lastName].filter(Boolean).join(' ')

// ───────────────────────────── reading ─────────────────────────────

const editorSessionInclude = {
  room: { select: { id: true, name: true, capacity: true } },
  speakers: {
    orderBy: { position: 'asc' },
    select: { speaker: { select: { id: true, status: true, person: { select: { title: true, firstName: true, lastName: true } } } } },
  },
  proposal: { select: { id: true } },
} satisfies Prisma.SessionInclude

/** Everything the timetable editor shows for one event; null for an unknown id. */
export async function getProgrammeEditor(db: Db, eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
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
      rooms: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, capacity: true, position: true, _count: { select: { sessions: true } } },
      },
      sessions: { orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { titleDe: 'asc' }], include: editorSessionInclude },
      speakers: {
        orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }],
        select: {
          id: true,
          status: true,
          person: { select: { title: true, firstName: true, lastName: true, company: { select: { name: true } } } },
        },
      },
      _count: { select: { proposals: { where: { status: 'ACCEPTED', sessionId: null } } } },
    },
  })
  if (!event) return null
  const { sessions, speakers, rooms, _count, ...rest } = event
  return {
    event: rest,
    days: eventDays(event),
    rooms: rooms.map(({ _count: c, ...room }) => ({ ...room, sessionCount: c.sessions })),
    speakers: speakers.map((s) => ({ id: s.id, status: s.status, name: speakerName(s.person), company: s.person.company?.name ?? null })),
    sessions: sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      titleDe: s.titleDe,
      titleEn: s.titleEn,
      abstractDe: s.abstractDe,
      abstractEn: s.abstractEn,
      language: s.language,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: s.capacity,
      confirmedCount: s.confirmedCount,
      calendarSequence: s.calendarSequence,
      room: s.room,
      fromProposal: Boolean(s.proposal),
      openSlot: isOpenSlot({ titleDe: s.titleDe, kind: s.kind, speakerCount: s.speakers.length }),
      overCapacity: s.room?.capacity != null && expectedAudience(s) > s.room.capacity,
      speakers: s.speakers.map(({ speaker }) => ({ id: speaker.id, status: speaker.status, name: speakerName(speaker.person) })),
    })),
    proposalsToPlace: _count.proposals,
  }
}

export type ProgrammeEditor = NonNullable<Awaited<ReturnType<typeof getProgrammeEditor>>>

// ───────────────────────────── rooms ─────────────────────────────

/** Adds a room to the event; names are unique per event. */
export async function createRoom(db: Db, eventId: string, input: RoomInput, actorId: string | null = null): Promise<RoomResult> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
      const position = input.position ?? (await tx.room.count({ where: { eventId } }))
      const room = await tx.room.create({ data: { eventId, name: input.name.trim(), capacity: input.capacity, position } })
      await audit(tx, actorId, 'event.room.created', { type: 'Room', id: room.id, eventId }, { name: room.name })
      return { kind: 'saved' as const, roomId: room.id, overCapacity: [] }
    }, USER_TX)
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'duplicateName' }
    throw error
  }
}

/** Renames a room or changes its capacity; lists the sessions that no longer fit (a warning, not a refusal). */
export async function updateRoom(
  db: Db,
  eventId: string,
  roomId: string,
  input: RoomInput,
  actorId: string | null = null,
): Promise<RoomResult> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
      const { count } = await tx.room.updateMany({
        where: { id: roomId, eventId },
        data: { name: input.name.trim(), capacity: input.capacity, ...(input.position !== undefined ? { position: input.position } : {}) },
      })
      if (count === 0) return { kind: 'notFound' as const }
      await audit(
        tx,
        actorId,
        'event.room.updated',
        { type: 'Room', id: roomId, eventId },
        { name: input.name.trim(), capacity: input.capacity },
      )
      const sessions = await tx.session.findMany({
        where: { roomId },
        select: { id: true, titleDe: true, titleEn: true, capacity: true, confirmedCount: true },
      })
      const overCapacity =
        input.capacity === null
          ? []
          : sessions
              .filter((s) => expectedAudience(s) > input.capacity!)
              .map((s) => ({ sessionId: s.id, titleDe: s.titleDe, titleEn: s.titleEn, expectedAudience: expectedAudience(s) }))
      return { kind: 'saved' as const, roomId, overCapacity }
    }, USER_TX)
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'duplicateName' }
    throw error
  }
}

/** Removes an empty room. A room with sessions is kept: its sessions would silently lose their place. */
export async function deleteRoom(db: Db, eventId: string, roomId: string, actorId: string | null = null): Promise<DeleteRoomResult> {
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
    const room = await tx.room.findFirst({ where: { id: roomId, eventId }, select: { _count: { select: { sessions: true } } } })
    if (!room) return { kind: 'notFound' as const }
    if (room._count.sessions > 0) return { kind: 'inUse' as const, sessions: room._count.sessions }
    await tx.room.delete({ where: { id: roomId } })
    await audit(tx, actorId, 'event.room.deleted', { type: 'Room', id: roomId, eventId })
    return { kind: 'deleted' as const }
  }, USER_TX)
}

// ───────────────────────────── sessions ─────────────────────────────

/** Adds a session after checking the rules; its speakers are invited through the outbox. */
export async function createSession(db: Db, eventId: string, input: SessionInput, actorId: string | null = null): Promise<SessionResult> {
  return db.$transaction(
    async (tx) => auditWhen(tx, actorId, await saveSessionIn(tx, eventId, null, input), sessionEntry('event.session.created', eventId)),
    USER_TX,
  )
}

/** The trail's entry for a saved session; a refused one leaves none. */
const sessionEntry = (action: string, eventId: string) => (r: SessionResult) =>
  r.kind === 'saved' ? { action, entity: { type: 'Session', id: r.sessionId, eventId } } : null

/** Changes a session (any field). A new time or room raises its calendar sequence and tells its speakers. */
export async function updateSession(
  db: Db,
  eventId: string,
  sessionId: string,
  input: SessionInput,
  actorId: string | null = null,
): Promise<SessionResult> {
  return db.$transaction(
    async (tx) =>
      auditWhen(tx, actorId, await saveSessionIn(tx, eventId, sessionId, input), sessionEntry('event.session.updated', eventId)),
    USER_TX,
  )
}

/** Moves a session to another start (keeping its length) and/or room. */
export async function moveSession(
  db: Db,
  eventId: string,
  sessionId: string,
  to: { roomId: string | null; startsAt: Date },
  actorId: string | null = null,
): Promise<SessionResult> {
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
    const current = await tx.session.findFirst({
      where: { id: sessionId, eventId },
      include: { speakers: { orderBy: { position: 'asc' } } },
    })
    if (!current) return { kind: 'notFound' as const }
    const length = current.endsAt.getTime() - current.startsAt.getTime()
    const moved = await saveSessionIn(
      tx,
      eventId,
      sessionId,
      {
        ...current,
        language: current.language === 'en' ? 'en' : 'de',
        roomId: to.roomId,
        startsAt: to.startsAt,
        endsAt: new Date(to.startsAt.getTime() + length),
        speakerIds: current.speakers.map((s) => s.speakerId),
      },
      { locked: true },
    )
    return auditWhen(tx, actorId, moved, sessionEntry('event.session.moved', eventId))
  }, USER_TX)
}

/** Removes a session; its speakers get a cancellation (with the slot as it was, since the row is gone). */
export async function deleteSession(
  db: Db,
  eventId: string,
  sessionId: string,
  actorId: string | null = null,
): Promise<DeleteSessionResult> {
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
    const session = await tx.session.findFirst({
      where: { id: sessionId, eventId },
      include: { room: true, speakers: { include: { speaker: { include: { person: true } } } } },
    })
    if (!session) return { kind: 'notFound' as const }
    const snapshot = slotSnapshot(session, session.calendarSequence + 1)
    const notified = await notifySpeakers(
      tx,
      'speaker.slotCancelled',
      session.speakers.map((s) => s.speaker),
      session.id,
      snapshot,
    )
    // A proposal placed here goes back to the accepted ones waiting for a slot.
    await tx.proposal.updateMany({ where: { sessionId }, data: { sessionId: null } })
    await tx.session.delete({ where: { id: sessionId } })
    await audit(tx, actorId, 'event.session.deleted', { type: 'Session', id: sessionId, eventId }, { title: session.titleDe })
    return { kind: 'deleted' as const, notified }
  }, USER_TX)
}

/**
 * Fills a room on one day with the slots of a template (open talk slots to be filled in, and the
 * breaks). Slots that would clash with sessions already in the room are left out, not forced in.
 */
export async function generateSlotSessions(
  db: Db,
  eventId: string,
  input: { roomId: string; template: Omit<SlotTemplate, 'timeZone'> },
): Promise<SlotGenerationResult> {
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' as const }
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true, endsAt: true, timeZone: true } })
    const room = await tx.room.findFirst({ where: { id: input.roomId, eventId } })
    if (!room) return { kind: 'unknownRoom' as const }
    const generated = generateSlots({ ...input.template, timeZone: event.timeZone })
    if (generated.kind === 'invalid') return generated
    const others = await scheduledSessions(tx, eventId)
    let created = 0
    let skipped = 0
    for (const slot of generated.slots) {
      const planned = { roomId: room.id, speakerIds: [], capacity: null, confirmedCount: 0, startsAt: slot.startsAt, endsAt: slot.endsAt }
      const check = checkSession(planned, { event, others, room })
      if (check.conflicts.some((c) => c.kind === 'outsideEventDays'))
        return { kind: 'invalid' as const, reason: 'outsideEventDays' as const }
      if (check.conflicts.length > 0) {
        skipped++
        continue
      }
      const title =
        slot.kind === 'BREAK' ? { titleDe: 'Pause', titleEn: 'Break' } : { titleDe: OPEN_SLOT_TITLE.de, titleEn: OPEN_SLOT_TITLE.en }
      const session = await tx.session.create({
        data: { eventId, roomId: room.id, kind: slot.kind, ...title, startsAt: slot.startsAt, endsAt: slot.endsAt },
      })
      others.push({ roomId: room.id, speakerIds: [], ...refFields(session, room.name) })
      created++
    }
    return { kind: 'generated' as const, created, skipped }
  }, USER_TX)
}

/**
 * The one place a session is written. `sessionId` null creates. Inside a transaction (proposals
 * place sessions in theirs); `locked` when the caller already locked the event.
 */
export async function saveSessionIn(
  tx: Tx,
  eventId: string,
  sessionId: string | null,
  input: SessionInput,
  options: { locked?: boolean } = {},
): Promise<SessionResult> {
  if (!options.locked && !(await lockEvent(tx, eventId))) return { kind: 'notFound' }
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true, endsAt: true, timeZone: true } })
  const current = sessionId
    ? await tx.session.findFirst({
        where: { id: sessionId, eventId },
        include: { room: true, speakers: { include: { speaker: { include: { person: true } } } } },
      })
    : null
  if (sessionId && !current) return { kind: 'notFound' }

  const room = input.roomId ? await tx.room.findFirst({ where: { id: input.roomId, eventId } }) : null
  if (input.roomId && !room) return { kind: 'conflict', conflicts: [{ kind: 'unknownRoom' }] }
  const speakerIds = [...new Set(input.speakerIds)]
  const speakers = await tx.speaker.findMany({ where: { id: { in: speakerIds }, eventId }, include: { person: true } })
  if (speakers.length !== speakerIds.length) return { kind: 'conflict', conflicts: [{ kind: 'unknownSpeaker' }] }

  const others = await scheduledSessions(tx, eventId)
  const check = checkSession(
    {
      id: sessionId,
      roomId: input.roomId,
      speakerIds,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      confirmedCount: current?.confirmedCount ?? 0,
    },
    { event: event satisfies EventSpan, others, room },
  )
  if (check.conflicts.length > 0) {
    const names = new Map(speakers.map((s) => [s.id, speakerName(s.person)]))
    return { kind: 'conflict', conflicts: check.conflicts.map((c) => describeConflict(c, room?.name ?? '', names)) }
  }

  const data = {
    kind: input.kind,
    titleDe: input.titleDe.trim(),
    titleEn: input.titleEn.trim() || input.titleDe.trim(),
    abstractDe: input.abstractDe?.trim() || null,
    abstractEn: input.abstractEn?.trim() || null,
    language: input.language,
    roomId: input.roomId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
  }
  const warnings = check.warnings.map((w) => describeWarning(w, room?.name ?? ''))

  if (!current) {
    const created = await tx.session.create({
      data: { ...data, eventId, speakers: { create: speakerIds.map((speakerId, position) => ({ speakerId, position })) } },
    })
    await notifySpeakers(tx, 'speaker.invitation', speakers, created.id)
    return { kind: 'saved', sessionId: created.id, calendarSequence: created.calendarSequence, warnings }
  }

  const before = new Set(current.speakers.map((s) => s.speakerId))
  const added = speakers.filter((s) => !before.has(s.id))
  const removed = current.speakers.filter((s) => !speakerIds.includes(s.speakerId)).map((s) => s.speaker)
  const kept = speakers.filter((s) => before.has(s.id))
  const moved =
    current.startsAt.getTime() !== input.startsAt.getTime() ||
    current.endsAt.getTime() !== input.endsAt.getTime() ||
    current.roomId !== input.roomId
  // Calendars accept an update or a cancellation only with a higher SEQUENCE than what they hold.
  const sequence = current.calendarSequence + (moved || removed.length > 0 ? 1 : 0)

  await tx.sessionSpeaker.deleteMany({ where: { sessionId: current.id } })
  const updated = await tx.session.update({
    where: { id: current.id },
    data: { ...data, calendarSequence: sequence, speakers: { create: speakerIds.map((speakerId, position) => ({ speakerId, position })) } },
  })
  if (removed.length > 0) await notifySpeakers(tx, 'speaker.slotCancelled', removed, current.id, slotSnapshot(current, sequence))
  if (added.length > 0) await notifySpeakers(tx, 'speaker.invitation', added, current.id)
  if (moved) await notifySpeakers(tx, 'speaker.slotChanged', kept, current.id)
  return { kind: 'saved', sessionId: updated.id, calendarSequence: updated.calendarSequence, warnings }
}

// ───────────────────────────── helpers ─────────────────────────────

/** The no-op write that serialises programme edits of one event; false when the event does not exist. */
export async function lockEvent(tx: Tx, eventId: string): Promise<boolean> {
  // Raw SQL because Prisma's update would also touch Event.updatedAt, which means "the event changed".
  const count = await tx.$executeRaw`UPDATE "Event" SET "calendarSequence" = "calendarSequence" WHERE "id" = ${eventId}`
  return count === 1
}

type ScheduledWithRef = ScheduledSession & SessionRef

async function scheduledSessions(db: DbOrTx, eventId: string): Promise<ScheduledWithRef[]> {
  const rows = await db.session.findMany({
    where: { eventId },
    select: {
      id: true,
      roomId: true,
      titleDe: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      room: { select: { name: true } },
      speakers: { select: { speakerId: true } },
    },
  })
  return rows.map((r) => ({ roomId: r.roomId, speakerIds: r.speakers.map((s) => s.speakerId), ...refFields(r, r.room?.name ?? null) }))
}

function refFields(s: { id: string; titleDe: string; titleEn: string; startsAt: Date; endsAt: Date }, roomName: string | null): SessionRef {
  return { id: s.id, titleDe: s.titleDe, titleEn: s.titleEn, startsAt: s.startsAt, endsAt: s.endsAt, roomName }
}

function describeConflict(c: Conflict<ScheduledWithRef>, roomName: string, speakerNames: Map<string, string>): ProgrammeConflict {
  switch (c.kind) {
    case 'invalidTimes':
    case 'outsideEventDays':
      return c
    case 'roomDoubleBooked':
      return { kind: 'roomDoubleBooked', roomName, other: refFields(c.other, c.other.roomName) }
    case 'speakerDoubleBooked':
      return { kind: 'speakerDoubleBooked', speakerName: speakerNames.get(c.speakerId) ?? '', other: refFields(c.other, c.other.roomName) }
  }
}

function describeWarning(w: Warning, roomName: string): ProgrammeWarning {
  return { kind: 'overCapacity', roomName, expectedAudience: w.expectedAudience, roomCapacity: w.roomCapacity }
}

/** What a cancellation needs to say after the session row is gone or the speaker left it. */
export type SlotSnapshot = { titleDe: string; titleEn: string; startsAt: string; endsAt: string; roomName: string | null; sequence: number }

function slotSnapshot(
  session: { titleDe: string; titleEn: string; startsAt: Date; endsAt: Date; room: { name: string } | null },
  sequence: number,
): SlotSnapshot {
  return {
    titleDe: session.titleDe,
    titleEn: session.titleEn,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    roomName: session.room?.name ?? null,
    sequence,
  }
}

export type SpeakerTemplate = 'speaker.invitation' | 'speaker.slotChanged' | 'speaker.slotCancelled'

type Notifiable = {
  id: string
  status: string
  person: { email: string; firstName: string; lastName: string; locale: string; erasedAt: Date | null }
}

/** One outbox row per speaker who should hear about the slot; returns how many were written. */
export async function notifySpeakers(
  tx: Tx,
  template: SpeakerTemplate,
  speakers: Notifiable[],
  sessionId: string | null,
  snapshot?: SlotSnapshot,
): Promise<number> {
  let written = 0
  for (const speaker of speakers) {
    if (speaker.status === 'DECLINED' || speaker.person.erasedAt) continue
    await tx.outboxMessage.create({
      data: {
        template,
        toEmail: speaker.person.email,
        toName: `${speaker.person.firstName} ${speaker.person.lastName}`.trim(),
        locale: speaker.person.locale === 'en' ? 'en' : 'de',
        payload: { speakerId: speaker.id, sessionId, ...(snapshot ? { slot: snapshot } : {}) },
      },
    })
    written++
  }
  return written
}
