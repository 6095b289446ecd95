// The scanner's memory in the browser (IndexedDB through `idb`): the last door list, the queue of
// admissions made offline (uploaded with their nonces and scan times when the network is back), and
// what this scanner admitted, so a reload in the middle of an outage forgets nothing.
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
}

export type StoredAdmission = { id: string; eventId: string; key: string; at: string; gate: string | null }

interface DoorDb extends DBSchema {
  lists: { key: string; value: DoorList }
  queue: { key: string; value: QueuedScan; indexes: { byEvent: string } }
  admitted: { key: string; value: StoredAdmission; indexes: { byEvent: string } }
}

let opened: Promise<IDBPDatabase<DoorDb>> | null = null

function db() {
  opened ??= openDB<DoorDb>('fairdesk-door', 1, {
    upgrade(d) {
      d.createObjectStore('lists', { keyPath: 'eventId' })
      d.createObjectStore('queue', { keyPath: 'nonce' }).createIndex('byEvent', 'eventId')
      d.createObjectStore('admitted', { keyPath: 'id' }).createIndex('byEvent', 'eventId')
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
