// For staff routes about one event: the permission check first (a role without it gets 403 whether
// or not the event exists), then the event or a 404, and the locale its texts are shown in.
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission, type Capability } from '~/lib/permissions.server'

type Options = {
  /** What a missing event answers: resource routes called by a page's script keep their JSON body. */
  notFound?: () => Response
}

const emptyNotFound = () => new Response(null, { status: 404 })

export async function requireStaffEvent(request: Request, id: string | undefined, capability: Capability, options: Options = {}) {
  const db = await getDb()
  const user = await requirePermission(request, db, capability)
  const event = await db.event.findUnique({ where: { id: id ?? '' }, include: { questions: { orderBy: { position: 'asc' } } } })
  if (!event) throw (options.notFound ?? emptyNotFound)()
  const locale = toLocale(await i18next.getLocale(request))
  return { db, user, event, locale }
}

/** As `requireStaffEvent`, but a cancelled event, which takes no more changes, is a 404 too. */
export async function requireLiveEvent(request: Request, id: string | undefined, capability: Capability, options: Options = {}) {
  const found = await requireStaffEvent(request, id, capability, options)
  if (found.event.status === 'CANCELLED') throw (options.notFound ?? emptyNotFound)()
  return found
}
