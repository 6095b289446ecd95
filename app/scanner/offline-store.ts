// The scanner's memory in the browser (IndexedDB through `idb`): the last door list, the queue of
// admissions made offline (uploaded with their nonces and scan times when the network is back), and
// what this scanner admitted, so a reload in the middle of an outage forgets nothing — and its recent
// scans, so door staff can still undo their own mis-scan after a reload.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { DoorList } from '~/domain/checkin/door-list.server'

export type QueuedScan = {
  nonce: string
  eventId: string
  /** The ticket code as scanned, or the registration found by name. */
  code?: string
  registrationId?: string
  scannedAt: string
  gate: string | null
  /** For the list of pending uploads. */
  name: string
  /** An organiser's "admit anyway" outside the event's days (the server checks the role again). */
  override?: boolean
}

export type StoredAdmission = { id: string; eventId: string; key: string; at: string; gate: string | null }

/** A recent scan as the page showed it (components/checkin/use-door.ts `Shown`), kept per event. */
export type StoredScan<T extends { id: string }> = { key: string; eventId: string; savedAt: string; shown: T }

interface DoorDb extends DBSchema {
  lists: { key: string; value: DoorList }
  queue: { key: string; value: QueuedScan; indexes: { byEvent: string } }
  admitted: { key: string; value: StoredAdmission; indexes: { byEvent: string } }
  recent: { key: string; value: StoredScan<{ id: string }>; indexes: { byEvent: string } }
}

let opened: Promise<IDBPDatabase<DoorDb>> | null = null

function db() {
  opened ??= openDB<DoorDb>('fairdesk-door', 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('lists', { keyPath: 'eventId' })
        d.createObjectStore('queue', { keyPath: 'nonce' }).createIndex('byEvent', 'eventId')
        d.createObjectStore('admitted', { keyPath: 'id' }).createIndex('byEvent', 'eventId')
      }
      if (oldVersion < 2) d.createObjectStore('recent', { keyPath: 'key' }).createIndex('byEvent', 'eventId')
    },
  })
  return opened
}

export const saveList = async (list: DoorList) => void (await (await db()).put('lists', list))
export const loadList = async (eventId: string) => (await db()).get('lists', eventId)

export const enqueue = async (scan: QueuedScan) => void (await (await db()).put('queue', scan))
export const dequeue = async (nonce: string) => (await db()).delete('queue', nonce)
export const pendingScans = async (eventId: string) =>
  (await (await db()).getAllFromIndex('queue', 'byEvent', eventId)).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))

export const saveAdmission = async (eventId: string, key: string, value: { at: string; gate: string | null }) =>
  void (await (await db()).put('admitted', { id: `${eventId}|${key}`, eventId, key, ...value }))
export const removeAdmission = async (eventId: string, key: string) => (await db()).delete('admitted', `${eventId}|${key}`)
export const loadAdmissions = async (eventId: string) => (await db()).getAllFromIndex('admitted', 'byEvent', eventId)

/** Keeps a scan shown on this device (new or updated, e.g. undone) and forgets all but the newest `keep`. */
export async function saveRecent<T extends { id: string }>(eventId: string, shown: T, keep: number) {
  const d = await db()
  const key = `${eventId}|${shown.id}`
  const earlier = await d.get('recent', key)
  await d.put('recent', { key, eventId, savedAt: earlier?.savedAt ?? new Date().toISOString(), shown })
  const all = (await d.getAllFromIndex('recent', 'byEvent', eventId)).sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  await Promise.all(all.slice(keep).map((r) => d.delete('recent', r.key)))
}

/** This device's recent scans of the event, newest first. */
export const loadRecent = async <T extends { id: string }>(eventId: string) =>
  (await (await db()).getAllFromIndex('recent', 'byEvent', eventId))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    .map((r) => r.shown as T)
