// The environment, validated once. Contract in docs/architecture.md ("Contracts").
import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('file:./data/fairdesk.db'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Fairdesk <noreply@fairdesk.local>'),
  APP_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().optional(),
  TICKET_SIGNING_KEY: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  FAIRDESK_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** `off`: an empty database stays empty (no demo events, people or logins); see README. */
  FAIRDESK_DEMO: z.enum(['on', 'off']).default('on'),
  /** How long before an event's start the door admits its tickets (docs/checkin.md). */
  /** Who signs the mails of events that name no organiser of their own. */
  FAIRDESK_ORGANISER_NAME: z.string().trim().min(1).max(200).optional(),
  FAIRDESK_DOORS_OPEN_MINUTES: z.coerce.number().int().min(0).max(1440).default(120),
})

export type Env = z.infer<typeof EnvSchema> & { APP_URL: string }

let cached: Env | undefined

/** Reads and validates process.env; throws with every problem listed when something is wrong. */
export function getEnv(): Env {
  if (cached) return cached
  const parsed = EnvSchema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid environment: ${problems}`)
  }
  cached = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}` }
  return cached
}

export function databaseKind(url: string): 'sqlite' | 'postgresql' {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite'
}

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The Content-Security-Policy nonce of this request (set by scripts/serve.ts). */
    cspNonce?: string
  }
}
