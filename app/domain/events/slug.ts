// The readable, URL-safe form of a German title: for event slugs and option values.

export function slugify(text: string): string {
  const map: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' }
  return (
    text
      .replace(/[äöüßÄÖÜ]/g, (c) => map[c]!)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'veranstaltung'
  )
}
