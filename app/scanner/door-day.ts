// The event day (YYYY-MM-DD in the event's zone) in the browser, matching eventDay() on the server.

export function doorDay(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** "08:52" in the event's zone. */
export function doorTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  )
}

/** "19 May 2027" / "19. Mai 2027" in the event's zone: the day a ticket of another day is for. */
export function doorDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  )
}
