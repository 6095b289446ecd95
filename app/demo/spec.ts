// The shape in which the demo events are written down: plain data, close to how an organiser would
// describe an event. `build.ts` turns it into database rows (registrations, check-ins, stands …).
import type {
  EventKind,
  EventStatus,
  ExhibitorStatus,
  MeetingStatus,
  PartnerRole,
  QuestionKind,
  SessionKind,
  SpeakerStatus,
} from '~/generated/prisma-sqlite/client'
import type { ProgrammeSlug, SeriesSlug } from './catalogue'
import type { PersonPool } from './people'

export type Venue = { name: string; street: string; postcode: string; city: string; country?: string }

/** Where an event's attendees come from: whole pools, the staff of named companies, companies of a trade. */
export type AttendeePool = { pools?: PersonPool[]; companies?: string[]; sectors?: string[] }

/**
 * Who came, and how they were counted.
 * - `checkins`: a past event counted at the door. `participants` is the number the counting rules
 *   must give: checked-in attendees plus walk-ins (of which `press` are journalists, role PRESS).
 *   Walk-ins were written on the paper list at the door and entered afterwards, so they carry no scan.
 *   `mistakenScans` of the no-shows had their ticket scanned by mistake and the scan undone.
 * - `headcount`: a past event counted by hand; `registered` people had signed up beforehand.
 * - `open`: an upcoming event taking registrations.
 * - `called-off`: a cancelled event; every registration was cancelled with it.
 */
export type Attendance =
  | {
      counting: 'checkins'
      pool: AttendeePool
      participants: number
      walkIns?: number
      press?: number
      noShows?: number
      cancelled?: number
      mistakenScans?: number
      /** Multi-day events: `most` come on every day, some on one; `one`: each visitor comes on one day. */
      days?: 'most' | 'one'
      /** Fair visitors are entered by the stand staff when they drop by, not registered beforehand. */
      enteredAtStand?: boolean
    }
  | { counting: 'headcount'; pool: AttendeePool; headcount: number; note: string; registered: number }
  | { counting: 'open'; pool: AttendeePool; confirmed: number; waitlisted?: number; cancelled?: number }
  | { counting: 'called-off'; pool: AttendeePool; cancelled: number; reason: string }

export type SessionSpec = {
  room?: string
  kind?: SessionKind
  titleDe: string
  titleEn: string
  abstractDe?: string
  abstractEn?: string
  /** Wall-clock times in the event's zone, "YYYY-MM-DD HH:mm". */
  starts: string
  ends: string
  /** Person references (see PeopleIndex.get). */
  speakers?: string[]
  /** Workshops inside a conference with their own seats. */
  capacity?: number
  /** Share of the confirmed attendees who chose this session when registering. */
  chosenBy?: number
}

export type QuestionSpec = {
  kind: QuestionKind
  labelDe: string
  labelEn: string
  required?: boolean
  options?: Array<{ value: string; de: string; en: string }>
  /** A fair's question whose answer becomes the visitor's offer or seek in the cooperation exchange. */
  exchangeField?: 'OFFER' | 'SEEK'
}

/** An exhibitor by company name, or ANY_MEMBER: a member company picked for the demo. */
export const ANY_MEMBER = '*member'

export type ExhibitorSpec = {
  company: string
  areaSqm: number
  topicsDe: string
  topicsEn: string
  status?: ExhibitorStatus
}

export type FairSpec = {
  stands: Array<{
    hall: string
    number: string
    kind: 'JOINT' | 'OWN'
    equipment?: string
    /** Position and size on the hall plan, metres. */
    x: number
    y: number
    width: number
    depth: number
    exhibitors: ExhibitorSpec[]
  }>
  /** Companies that applied for a place on the joint stand and are not placed yet. */
  applicants?: Array<Omit<ExhibitorSpec, 'areaSqm' | 'status'> & { areaWantedSqm: number }>
  /** Exhibitor staff per company, registered as EXHIBITOR (not counted as participants). */
  staffPerExhibitor: number
  /** The cooperation exchange: meetings between visitors and exhibitors. */
  meetings: Array<{ status: MeetingStatus; count: number }>
}

export type PartnerSpec = { company?: string; name?: string; role: PartnerRole; url?: string }

export type DemoEventSpec = {
  slug: string
  kind: EventKind
  status?: EventStatus
  /** Internal events (e.g. counted only for the report) are not listed publicly. */
  isPublic?: boolean
  titleDe: string
  titleEn: string
  summaryDe: string
  summaryEn: string
  descriptionDe?: string
  descriptionEn?: string
  /** Wall-clock times in `timeZone` (default Europe/Berlin), "YYYY-MM-DD HH:mm". */
  starts: string
  ends: string
  timeZone?: string
  venue: Venue
  organiser?: string
  contactEmail?: string
  series?: SeriesSlug
  programmes?: ProgrammeSlug[]
  capacity?: number | null
  waitlistEnabled?: boolean
  /** Registration window of upcoming events. */
  registration?: { opensAt: Date; closesAt: Date }
  cancelledAt?: Date
  attendance: Attendance
  /** Staff at the event (role STAFF), person references. */
  staff?: string[]
  rooms?: Array<{ name: string; capacity?: number }>
  sessions?: SessionSpec[]
  /** Speakers who have not confirmed yet (default: CONFIRMED). */
  speakerStatus?: Record<string, SpeakerStatus>
  partners?: PartnerSpec[]
  questions?: QuestionSpec[]
  fair?: FairSpec
}
