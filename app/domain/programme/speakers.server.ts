// Speakers of an event: invited by the organisers, they answer through their own link /s/:token
// (no account): confirm or decline, write a short bio, upload a photo, see their slots.
//
// Invitations go through the outbox like every mail: one `speaker.invitation` row per slot the
// speaker has (the mail carries that slot as a calendar invitation), or one without a slot when
// they have none yet.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { USER_TX, type Db } from '~/lib/db.server'
import { readImageHeader } from '~/lib/image-header'
import { resizePhoto } from '~/lib/photo-resize.server'
import { ANNOUNCED_SPEAKER } from './announced'
import { notifySpeakers, speakerName } from './programme.server'
import { PUBLIC_STATUSES } from '~/domain/events/events.server'
import { findOrCreatePerson, newToken, normaliseEmail } from '~/domain/registration/register.server'

export type InviteInput = { email: string; firstName: string; lastName: string; company?: string | null; locale?: 'de' | 'en' }

export type InviteResult =
  | { kind: 'invited'; speakerId: string; token: string }
  | { kind: 'reinvited'; speakerId: string }
  | { kind: 'alreadySpeaker'; speakerId: string; status: 'INVITED' | 'CONFIRMED' }
  | { kind: 'notFound' }

export type ResendResult = { kind: 'sent'; messages: number } | { kind: 'declined' } | { kind: 'notFound' }
export type RespondResult = { kind: 'confirmed' } | { kind: 'declined' } | { kind: 'notFound' }
export type PhotoResult =
  { kind: 'saved' } | { kind: 'tooLarge' } | { kind: 'tooManyPixels' } | { kind: 'unsupportedType' } | { kind: 'notFound' }

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024
/**
 * The most pixels a photo may declare. A PNG of 389 kB declared 20,000 × 20,000 pixels and its
 * decoding held the server for 28 s at 2.9 GB, so the size is read from the header before
 * anything is decoded.
 */
export const MAX_PHOTO_PIXELS = 40_000_000
export const MAX_BIO_LENGTH = 2000

/** Where uploaded speaker photos live (git-ignored); FAIRDESK_UPLOADS_DIR moves all uploads. */
export function speakerPhotoDir(): string {
  return path.resolve(process.env.FAIRDESK_UPLOADS_DIR ?? 'data/uploads', 'speakers')
}

/**
 * Makes a person a speaker of the event (creating the person if the address is new) and writes the
 * invitation. A speaker who declined earlier is asked again; one already invited is left alone
 * (resend is its own action, so a double click sends one mail).
 */
export async function inviteSpeaker(db: Db, eventId: string, input: InviteInput): Promise<InviteResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true } })
  if (!event) return { kind: 'notFound' }
  const person = await findOrCreatePerson(db, normaliseEmail(input.email), input)
  return db.$transaction(async (tx) => {
    const token = newToken()
    // An upsert that changes nothing for an existing speaker: the unique (eventId, personId) key
    // decides, also when two organisers invite the same person at once.
    const speaker = await tx.speaker.upsert({
      where: { eventId_personId: { eventId, personId: person.id } },
      create: { eventId, personId: person.id, token },
      update: {},
      include: { person: true, sessions: { select: { sessionId: true } } },
    })
    if (speaker.token === token) {
      await writeInvitations(tx, speaker)
      return { kind: 'invited' as const, speakerId: speaker.id, token }
    }
    if (speaker.status !== 'DECLINED') return { kind: 'alreadySpeaker' as const, speakerId: speaker.id, status: speaker.status }
    const { count } = await tx.speaker.updateMany({
      where: { id: speaker.id, status: 'DECLINED' },
      data: { status: 'INVITED', calendarSequence: { increment: 1 } },
    })
    if (count === 1) await writeInvitations(tx, { ...speaker, status: 'INVITED' })
    return { kind: 'reinvited' as const, speakerId: speaker.id }
  }, USER_TX)
}

/** Sends the invitation again (e.g. the speaker lost it), one per slot. */
export async function resendInvitation(db: Db, eventId: string, speakerId: string): Promise<ResendResult> {
  return db.$transaction(async (tx) => {
    const speaker = await tx.speaker.findFirst({
      where: { id: speakerId, eventId },
      include: { person: true, sessions: { select: { sessionId: true } } },
    })
    if (!speaker) return { kind: 'notFound' as const }
    if (speaker.status === 'DECLINED') return { kind: 'declined' as const }
    return { kind: 'sent' as const, messages: await writeInvitations(tx, speaker) }
  }, USER_TX)
}

async function writeInvitations(
  tx: Parameters<typeof notifySpeakers>[0],
  speaker: Parameters<typeof notifySpeakers>[2][number] & { sessions: { sessionId: string }[] },
): Promise<number> {
  if (speaker.sessions.length === 0) return notifySpeakers(tx, 'speaker.invitation', [speaker], null)
  let written = 0
  for (const { sessionId } of speaker.sessions) written += await notifySpeakers(tx, 'speaker.invitation', [speaker], sessionId)
  return written
}

/** The speakers of an event for the organisers' list. */
export async function listSpeakers(db: Db, eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      titleDe: true,
      titleEn: true,
      timeZone: true,
      speakers: {
        orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }],
        select: {
          id: true,
          status: true,
          token: true,
          bio: true,
          photoPath: true,
          person: {
            select: { title: true, firstName: true, lastName: true, email: true, erasedAt: true, company: { select: { name: true } } },
          },
          sessions: {
            orderBy: { session: { startsAt: 'asc' } },
            select: {
              session: {
                select: { id: true, titleDe: true, titleEn: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
              },
            },
          },
        },
      },
    },
  })
  if (!event) return null
  return {
    event: { id: event.id, titleDe: event.titleDe, titleEn: event.titleEn, timeZone: event.timeZone },
    speakers: event.speakers.map((s) => ({
      id: s.id,
      status: s.status,
      token: s.token,
      hasBio: Boolean(s.bio),
      hasPhoto: Boolean(s.photoPath),
      name: speakerName(s.person),
      email: s.person.erasedAt ? null : s.person.email,
      company: s.person.company?.name ?? null,
      sessions: s.sessions.map(({ session }) => ({ ...session, roomName: session.room?.name ?? null })),
    })),
  }
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/

/** What the speaker's own page shows; null for unknown tokens or erased persons. */
export async function findSpeakerByToken(db: Db, token: string) {
  if (!TOKEN.test(token)) return null
  const speaker = await db.speaker.findUnique({
    where: { token },
    select: {
      id: true,
      status: true,
      bio: true,
      photoPath: true,
      person: {
        select: { title: true, firstName: true, lastName: true, email: true, erasedAt: true, company: { select: { name: true } } },
      },
      event: {
        select: {
          slug: true,
          titleDe: true,
          titleEn: true,
          status: true,
          isPublic: true,
          startsAt: true,
          endsAt: true,
          timeZone: true,
          venueName: true,
          venueStreet: true,
          venuePostcode: true,
          venueCity: true,
          contactEmail: true,
        },
      },
      sessions: {
        orderBy: { session: { startsAt: 'asc' } },
        select: {
          session: {
            select: {
              id: true,
              kind: true,
              titleDe: true,
              titleEn: true,
              startsAt: true,
              endsAt: true,
              language: true,
              room: { select: { name: true } },
              speakers: {
                orderBy: { position: 'asc' },
                select: {
                  speaker: { select: { id: true, status: true, person: { select: { title: true, firstName: true, lastName: true } } } },
                },
              },
            },
          },
        },
      },
    },
  })
  if (!speaker || speaker.person.erasedAt) return null
  return {
    id: speaker.id,
    status: speaker.status,
    bio: speaker.bio,
    hasPhoto: Boolean(speaker.photoPath),
    name: speakerName(speaker.person),
    email: speaker.person.email,
    company: speaker.person.company?.name ?? null,
    event: { ...speaker.event, isPublished: speaker.event.isPublic && speaker.event.status === 'PUBLISHED' },
    slots: speaker.sessions.map(({ session }) => ({
      id: session.id,
      kind: session.kind,
      titleDe: session.titleDe,
      titleEn: session.titleEn,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      language: session.language,
      roomName: session.room?.name ?? null,
      coSpeakers: session.speakers
        .filter((s) => s.speaker.id !== speaker.id && s.speaker.status !== 'DECLINED')
        .map((s) => speakerName(s.speaker.person)),
    })),
  }
}

/**
 * The speaker's answer; they may change their mind later through the same link. A changed answer
 * is a new version of their invitations (PARTSTAT), so it raises their calendarSequence; the same
 * answer again changes nothing.
 */
export async function respondAsSpeaker(db: Db, token: string, answer: 'CONFIRMED' | 'DECLINED'): Promise<RespondResult> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  const answered = answer === 'CONFIRMED' ? ({ kind: 'confirmed' } as const) : ({ kind: 'declined' } as const)
  const { count } = await db.speaker.updateMany({
    where: { token, person: { erasedAt: null }, status: { not: answer } },
    data: { status: answer, calendarSequence: { increment: 1 } },
  })
  if (count === 1) return answered
  const speaker = await db.speaker.findFirst({ where: { token, person: { erasedAt: null } }, select: { id: true } })
  return speaker ? answered : { kind: 'notFound' }
}

export async function updateSpeakerBio(db: Db, token: string, bio: string): Promise<{ kind: 'saved' } | { kind: 'notFound' }> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  const text = bio.replace(/\r\n?/g, '\n').trim().slice(0, MAX_BIO_LENGTH)
  const { count } = await db.speaker.updateMany({ where: { token, person: { erasedAt: null } }, data: { bio: text || null } })
  return count === 1 ? { kind: 'saved' } : { kind: 'notFound' }
}

export type PhotoType = { ext: 'jpg' | 'png' | 'webp'; contentType: 'image/jpeg' | 'image/png' | 'image/webp' }

const PHOTO_TYPES = {
  jpeg: { ext: 'jpg', contentType: 'image/jpeg' },
  png: { ext: 'png', contentType: 'image/png' },
  webp: { ext: 'webp', contentType: 'image/webp' },
} as const satisfies Record<string, PhotoType>

const CONTENT_TYPES: Record<string, PhotoType['contentType']> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** Longest side of a stored speaker photo: enough for the agenda and a printed programme. */
export const PHOTO_MAX_SIDE = 800

/**
 * The photo as stored: JPEG and PNG are decoded, scaled down to fit PHOTO_MAX_SIDE and encoded
 * again (which also drops EXIF data such as a phone's GPS position), in a worker thread; bytes
 * that only look like an image are refused. WebP is kept as uploaded (Jimp has no WebP decoder);
 * the byte and pixel limits bound it.
 */
export async function normalisePhoto(bytes: Uint8Array, type: PhotoType): Promise<Buffer | 'tooManyPixels' | null> {
  if (type.ext === 'webp') return Buffer.from(bytes)
  // jpeg-js's own allocation limit (its default in Jimp): a 40-megapixel JPEG may need more, and is
  // then asked for in a smaller version like one that declares more pixels.
  const result = await resizePhoto({
    bytes,
    mime: type.contentType === 'image/png' ? 'image/png' : 'image/jpeg',
    maxSide: PHOTO_MAX_SIDE,
    jpegQuality: 85,
    maxMemoryMb: 512,
  })
  if (result.kind === 'resized') return result.bytes
  return result.kind === 'unreadable' ? null : 'tooManyPixels'
}

/** Stores the speaker's photo, scaled down. A new file name per upload, so caches never show the old one. */
export async function saveSpeakerPhoto(db: Db, token: string, bytes: Uint8Array, dir = speakerPhotoDir()): Promise<PhotoResult> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  const speaker = await db.speaker.findUnique({
    where: { token },
    select: { id: true, photoPath: true, person: { select: { erasedAt: true } } },
  })
  if (!speaker || speaker.person.erasedAt) return { kind: 'notFound' }
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { kind: 'tooLarge' }
  const header = readImageHeader(bytes)
  if (!header) return { kind: 'unsupportedType' }
  if (header.width * header.height > MAX_PHOTO_PIXELS) return { kind: 'tooManyPixels' }
  const type = PHOTO_TYPES[header.kind]
  const stored = await normalisePhoto(bytes, type)
  if (stored === 'tooManyPixels') return { kind: 'tooManyPixels' }
  if (!stored) return { kind: 'unsupportedType' }
  await fs.mkdir(dir, { recursive: true })
  const file = `${speaker.id}-${randomBytes(6).toString('hex')}.${type.ext}`
  await fs.writeFile(path.join(dir, file), stored)
  await db.speaker.update({ where: { id: speaker.id }, data: { photoPath: file } })
  if (speaker.photoPath) await removeFile(dir, speaker.photoPath)
  return { kind: 'saved' }
}

export async function removeSpeakerPhoto(
  db: Db,
  token: string,
  dir = speakerPhotoDir(),
): Promise<{ kind: 'removed' } | { kind: 'notFound' }> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  const speaker = await db.speaker.findUnique({ where: { token }, select: { id: true, photoPath: true } })
  if (!speaker) return { kind: 'notFound' }
  await db.speaker.update({ where: { id: speaker.id }, data: { photoPath: null } })
  if (speaker.photoPath) await removeFile(dir, speaker.photoPath)
  return { kind: 'removed' }
}

/**
 * Deletes every stored photo file of these speakers: the current one and any left behind by an
 * upload that was interrupted between writing the file and recording it (all are named `<id>-…`).
 */
export async function deleteSpeakerPhotoFiles(speakerIds: string[], dir = speakerPhotoDir()): Promise<number> {
  if (speakerIds.length === 0) return 0
  let files: string[]
  try {
    files = await fs.readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  const prefixes = speakerIds.map((id) => `${id}-`)
  const theirs = files.filter((f) => prefixes.some((p) => f.startsWith(p)))
  for (const file of theirs) await removeFile(dir, file)
  return theirs.length
}

async function removeFile(dir: string, file: string) {
  // photoPath is always a bare file name we made; basename guards against anything else.
  await fs.rm(path.join(dir, path.basename(file)), { force: true })
}

export type PhotoFile = { kind: 'photo'; bytes: Buffer; contentType: PhotoType['contentType'] } | { kind: 'notFound' }

/**
 * A speaker's photo for the public pages: only of speakers who accepted (ANNOUNCED_SPEAKER), of public
 * events, and not of erased persons. `byToken` is the speaker's own view (any event status).
 */
export async function readSpeakerPhoto(
  db: Db,
  who: { speakerId: string } | { token: string },
  dir = speakerPhotoDir(),
): Promise<PhotoFile> {
  const speaker =
    'token' in who
      ? TOKEN.test(who.token)
        ? await db.speaker.findFirst({ where: { token: who.token, person: { erasedAt: null } }, select: { photoPath: true } })
        : null
      : await db.speaker.findFirst({
          where: {
            id: who.speakerId,
            ...ANNOUNCED_SPEAKER,
            event: { isPublic: true, status: { in: [...PUBLIC_STATUSES] } },
          },
          select: { photoPath: true },
        })
  if (!speaker?.photoPath) return { kind: 'notFound' }
  const file = path.basename(speaker.photoPath)
  const contentType = CONTENT_TYPES[path.extname(file).slice(1)]
  if (!contentType) return { kind: 'notFound' }
  try {
    return { kind: 'photo', bytes: await fs.readFile(path.join(dir, file)), contentType }
  } catch {
    return { kind: 'notFound' }
  }
}
