// Loader of /admin/audit: one page of the trail with its filter (administrators only).
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { AUDIT_KINDS, auditFilterChoices, listAuditEntries } from '~/domain/audit/trail.server'
import { DEFAULT_TIME_ZONE, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const id = z
  .string()
  .regex(/^[a-z0-9]{10,40}$/)
  .optional()
  .catch(undefined)
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()))
  .optional()
  .catch(undefined)

// Query parameters come from links people share and edit: anything unusable is ignored.
const Query = z.object({
  actor: id,
  event: id,
  kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
})

/** Details shown in one line, `name: value · …` without empty values, long ones cut. */
function detailsText(details: unknown): string {
  if (details === null || details === undefined) return ''
  const text =
    typeof details === 'object' && !Array.isArray(details)
      ? Object.entries(details as Record<string, unknown>)
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          .join(' · ')
      : typeof details === 'object'
        ? JSON.stringify(details)
        : String(details)
  return text.length > 240 ? `${text.slice(0, 239)}…` : text
}

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'audit:view')
  const params = new URL(request.url).searchParams
  const query = Query.parse(Object.fromEntries(params))
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'admin')
  const zone = { locale, timeZone: DEFAULT_TIME_ZONE }
  const [list, choices] = await Promise.all([
    listAuditEntries(db, {
      actorId: query.actor,
      eventId: query.event,
      kind: query.kind,
      from: query.from,
      to: query.to,
      page: query.page,
    }),
    auditFilterChoices(db),
  ])
  const title = (e: { titleDe: string; titleEn: string }) => (locale === 'en' ? e.titleEn : e.titleDe)
  return data({
    title: t('audit.title'),
    filter: {
      actor: query.actor ?? '',
      event: query.event ?? '',
      kind: query.kind ?? '',
      from: params.get('from') && query.from ? params.get('from')! : '',
      to: params.get('to') && query.to ? params.get('to')! : '',
    },
    kinds: AUDIT_KINDS,
    actors: choices.actors.map((a) => ({ id: a.id, label: `${a.name} (${a.email})` })),
    events: choices.events.map((e) => ({ id: e.id, label: `${title(e)} · ${formatDateTime(e.startsAt, zone).split(',')[0]}` })),
    total: list.total,
    page: list.page,
    pages: list.pages,
    entries: list.entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      atText: formatDateTime(e.at, zone),
      actor: e.actor ? e.actor.name : null,
      actorEmail: e.actor?.email ?? null,
      action: e.action,
      entity: e.entityType,
      event: e.event ? { id: e.event.id, title: title(e.event) } : null,
      details: detailsText(e.details),
    })),
  })
}
