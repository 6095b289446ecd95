import { describe, expect, it } from 'vitest'
import { newId, sqliteDate } from './ids.server'

describe('newId', () => {
  it('looks like a Prisma cuid and never repeats', () => {
    const ids = Array.from({ length: 20_000 }, newId)
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^c[0-9a-z]{24}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('sorts later ids after earlier ones across milliseconds', async () => {
    const first = newId()
    await new Promise((r) => setTimeout(r, 5))
    expect(newId().slice(0, 9) > first.slice(0, 9)).toBe(true)
  })
})

describe('sqliteDate', () => {
  it('writes the format the Prisma adapter writes', () => {
    expect(sqliteDate(new Date('2026-11-27T10:09:21.246Z'))).toBe('2026-11-27T10:09:21.246+00:00')
  })
})
