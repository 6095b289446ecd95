// The forms of the fair (stands, exhibitor applications, the cooperation exchange, leads),
// validated on the server with Conform + Zod. Messages are keys of the `fair` namespace,
// translated when rendered. Areas and lengths accept a decimal comma ("12,5").
import { z } from 'zod'
import { email as emailField, line, optionalLine, optionalText, TEXT_CONTROL } from '~/lib/form-fields'

const text = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required', abort: true })
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !TEXT_CONTROL.test(v), { error: 'errors.invalidCharacters' })
const id = z
  .string({ error: 'errors.required' })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.required' })

/** A decimal number as people type it: "12", "12.5" or "12,5". */
const decimal = (min: number, max: number, error: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? Number(v.trim().replace(',', '.')) : v),
    z.number({ error }).refine((n) => Number.isFinite(n) && n >= min && n <= max, { error }),
  )

// Exhibitors' addresses are stored folded, so one person is one contact whatever they typed.
const email = emailField.transform((v) => v.toLowerCase())

export const STAND_KINDS = ['JOINT', 'OWN'] as const

export const StandForm = z.object({
  standId: id.optional(),
  hall: line(40),
  number: line(20),
  areaSqm: decimal(0.1, 100_000, 'errors.area'),
  kind: z.enum(STAND_KINDS).default('JOINT'),
  equipment: optionalText(500),
  x: decimal(0, 10_000, 'errors.position').optional(),
  y: decimal(0, 10_000, 'errors.position').optional(),
  width: decimal(0.1, 10_000, 'errors.size').optional(),
  depth: decimal(0.1, 10_000, 'errors.size').optional(),
})

/** Rows of staff on the application form; a row left empty is no row. */
export const STAFF_ROWS = 3
const staffMember = z.object({ firstName: line(100), lastName: line(100), email })
const staffRows = z.preprocess(
  (v) =>
    Array.isArray(v)
      ? v.filter((row) => row && typeof row === 'object' && Object.values(row).some((x) => x !== undefined && x !== ''))
      : [],
  z.array(staffMember).max(STAFF_ROWS),
)

export const ApplicationForm = z.object({
  company: line(150),
  companyCity: optionalLine(100),
  companyWebsite: optionalLine(200).refine((v) => !v || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(v), {
    error: 'errors.website',
  }),
  firstName: line(100),
  lastName: line(100),
  email,
  phone: optionalLine(40),
  areaWantedSqm: decimal(1, 1_000, 'errors.areaWanted'),
  topicsDe: text(500),
  topicsEn: optionalText(500),
  products: optionalText(1_000),
  staff: staffRows,
  // Hidden from people; bots fill every field. Anything in it means "do not apply".
  website: z.string().optional(),
})
export type ApplicationValues = z.infer<typeof ApplicationForm>

export const AcceptForm = z.object({
  exhibitorId: id,
  standId: id,
  areaSqm: decimal(0.1, 100_000, 'errors.area'),
})

export const StaffPassForm = z.object({ exhibitorId: id, firstName: line(100), lastName: line(100), email })

const day = z.string({ error: 'errors.required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.day' })
const time = z.string({ error: 'errors.required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.time' })

export const GridForm = z
  .object({
    tables: z.coerce
      .number({ error: 'errors.tables' })
      .int({ error: 'errors.tables' })
      .min(1, { error: 'errors.tables' })
      .max(50, { error: 'errors.tables' }),
    slotMinutes: z.coerce
      .number({ error: 'errors.slotMinutes' })
      .int({ error: 'errors.slotMinutes' })
      .min(10, { error: 'errors.slotMinutes' })
      .max(240, { error: 'errors.slotMinutes' }),
    from: time,
    until: time,
  })
  .refine((g) => g.from < g.until, { error: 'errors.untilBeforeFrom', path: ['until'] })

export const AdjustForm = z.object({ meetingId: id, day, start: time, table: line(40) })

export const MeetingRequestForm = z.object({ exhibitorId: id, message: optionalText(1_000) })

export const ProfileForm = z.object({
  offer: optionalText(500),
  seek: optionalText(500),
  topics: optionalLine(200),
  consentLeadScan: z.literal('on').optional(),
})

export const LeadForm = z.object({
  code: z.string({ error: 'errors.code' }).trim().min(1, { error: 'errors.code' }).max(600, { error: 'errors.code' }),
  note: optionalText(1_000),
})

/** True when the honeypot was filled: answer as if all went well, store nothing. */
export const isBot = (values: { website?: string }) => Boolean(values.website?.trim())
