// What the fair page shows: the report's figures, the stands with their free area (and the one
// being edited), and the applications, open ones first.
import type { getFairOverview } from '~/domain/fair/fair.server'
import { formatDate } from '~/lib/datetime'
import { localized, type Locale } from '~/lib/i18n'

type FairOverview = NonNullable<Awaited<ReturnType<typeof getFairOverview>>>

const numberOrEmpty = (n: number | null) => (n === null ? '' : String(n))

export function toView(overview: FairOverview, locale: Locale, search: URLSearchParams, metaTitle: string) {
  const { event, stands, exhibitors, counts } = overview
  const title = localized(locale, event.titleDe, event.titleEn)
  const editing = stands.find((s) => s.id === search.get('stand')) ?? null
  const order = { APPLIED: 0, ACCEPTED: 1, REJECTED: 2, WITHDRAWN: 3 } as const
  return {
    metaTitle: `${metaTitle}: ${title}`,
    locale,
    event: { id: event.id, slug: event.slug, title, status: event.status },
    notice: search.get('notice'),
    counts,
    stands: stands.map((s) => ({
      id: s.id,
      hall: s.hall,
      number: s.number,
      areaSqm: s.areaSqm,
      kind: s.kind,
      equipment: s.equipment,
      x: s.x,
      y: s.y,
      width: s.width,
      depth: s.depth,
      free: s.free,
      exhibitors: s.exhibitors,
    })),
    editing: editing
      ? {
          standId: editing.id,
          number: editing.number,
          values: {
            hall: editing.hall,
            number: editing.number,
            areaSqm: String(editing.areaSqm),
            kind: editing.kind,
            equipment: editing.equipment ?? '',
            x: numberOrEmpty(editing.x),
            y: numberOrEmpty(editing.y),
            width: numberOrEmpty(editing.width),
            depth: numberOrEmpty(editing.depth),
          },
        }
      : null,
    exhibitors: [...exhibitors]
      .sort((a, b) => order[a.status] - order[b.status])
      .map((e) => ({
        id: e.id,
        status: e.status,
        company: e.company.name,
        city: e.company.city,
        isMember: e.company.isMember,
        website: e.company.website,
        applied: formatDate(e.createdAt, { locale, timeZone: event.timeZone }),
        contact: e.contactPerson
          ? {
              name: `${e.contactPerson.firstName} ${e.contactPerson.lastName}`,
              email: e.contactPerson.email,
              phone: e.contactPerson.phone,
            }
          : null,
        areaWantedSqm: e.areaWantedSqm,
        areaSqm: e.areaSqm,
        stand: e.stand,
        topicsDe: e.topicsDe,
        topicsEn: e.topicsEn,
        products: e.products,
        staffRequested: e.staffRequested,
        passQuota: e.passQuota,
        passes: e.passes.map((p) => ({ id: p.id, name: `${p.person.firstName} ${p.person.lastName}`, email: p.person.email })),
      })),
  }
}

export type FairView = ReturnType<typeof toView>
