// POST /admin/events/:id/import-batch — one batch of rows from the import page's browser-side
// reader (JSON in, per-row results out). The page sends batches one after another to show progress.
import { data, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { IMPORT_BATCH } from '~/domain/registration/import'
import { importParticipants } from '~/domain/registration/import.server'
import { requireLiveEvent } from '~/web/staff-event.server'

const cell = z.string().max(1_000)
const Batch = z.object({
  rows: z
    .array(z.object({ line: z.number().int().min(1).max(1_000_000), firstName: cell, lastName: cell, email: cell, company: cell }))
    .min(1)
    .max(IMPORT_BATCH),
  locale: z.enum(['de', 'en']),
  notify: z.boolean(),
})

export async function action({ request, params }: ActionFunctionArgs) {
  const notFound = () => Response.json({ error: 'notFound' }, { status: 404 })
  const { db, user, event } = await requireLiveEvent(request, params.id, 'registrations:manage', { notFound })
  const parsed = Batch.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return data({ error: 'badRequest' }, { status: 400 })
  const { rows, locale, notify } = parsed.data
  const results = await importParticipants(db, event.id, rows, { locale, notify, actorId: user.id })
  return data({ results })
}
