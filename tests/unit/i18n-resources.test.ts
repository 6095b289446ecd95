import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resources } from '~/lib/i18n-resources'

describe('i18n-resources', () => {
  it('registers every translation file, in both languages', () => {
    for (const lng of ['de', 'en'] as const) {
      const files = fs
        .readdirSync(`app/locales/${lng}`)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort()
      expect(Object.keys(resources[lng]).sort()).toEqual(files)
    }
  })
})
