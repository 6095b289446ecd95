import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Every string exists in both languages: a key missing in one file would show the raw key there.
const dir = 'app/locales'
const flatten = (obj: unknown, prefix = ''): Record<string, string> =>
  Object.entries(obj as Record<string, unknown>).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k
    if (v && typeof v === 'object') Object.assign(acc, flatten(v, key))
    else acc[key] = String(v)
    return acc
  }, {})
const load = (lng: string, file: string) => flatten(JSON.parse(fs.readFileSync(path.join(dir, lng, file), 'utf8')))

describe('translations', () => {
  const files = fs.readdirSync(path.join(dir, 'de')).filter((f) => f.endsWith('.json'))

  it('have the same files in German and English', () => {
    expect(
      fs
        .readdirSync(path.join(dir, 'en'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(files.sort())
  })

  for (const file of files) {
    it(`${file}: same keys in both languages, none empty`, () => {
      const de = load('de', file)
      const en = load('en', file)
      // Plural forms differ per language only in suffix (_one/_other); both languages use the same two.
      expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort())
      for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('')
    })
  }
})
