// The scanner page's brain: asks the server while it can, decides on its own from the door list
// while it cannot, queues what it admitted offline (IndexedDB) and uploads the queue when the
// network is back. Every scan carries a fresh nonce, so a retried or re-uploaded scan never counts twice.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScannerVerdict } from '~/domain/checkin/request'
import type { DoorList, DoorListEntry } from '~/domain/checkin/door-list.server'
import { doorDay } from '~/scanner/door-day'
import { admissionKey, offlineVerdictForCode, offlineVerdictForEntry, type LocalAdmissions } from '~/scanner/offline-verdict'
import * as store from '~/scanner/offline-store'
import { importTicketKey, verifyTicketCode } from '~/scanner/ticket-code'

export type Counts = { day: string; expected: number; checkedIn: number; walkIns: number; byGate: { gate: string; count: number }[] }
export type Conflict = {
  registrationId: string
  name: string
  company: string | null
  flaggedAt: string
  flaggedGate: string | null
  counted: { at: string; gate: string | null } | null
}

/** What the panel shows: the verdict, and how it came about. */
export type Shown = {
  id: string
  verdict: ScannerVerdict | { result: 'unknown' }
  /** Decided by this scanner without the server (queued for upload when `ok`). */
  offline: boolean
  source: 'scan' | 'search' | 'walkIn'
  registrationId: string | null
  undone?: boolean
  /** What was scanned, so an organiser can send it again with "admit anyway" (a `not_today` verdict). */
  scanned?: Scanned
  /** The walk-in form's fields behind a `not_today` card, for "admit anyway". */
  walkIn?: [string, string][]
}

type Scanned = { code: string } | { entry: DoorListEntry }

export type Notice = { kind: 'undone' | 'undoFailed' | 'undoOffline' | 'notYours' | 'uploaded' | 'conflicts' | 'dropped'; count?: number }

/** Recent scans kept (on the page and in IndexedDB). */
const RECENT = 8
const STATUS_EVERY_MS = 5_000
const LIST_EVERY_MS = 60_000
const REQUEST_TIMEOUT_MS = 6_000

export function useDoor(eventId: string, timeZone: string, gate: string) {
  const base = `/admin/events/${eventId}/checkin`
  const [online, setOnline] = useState(true)
  const [sessionEnded, setSessionEnded] = useState(false)
  const [list, setList] = useState<DoorList | null>(null)
  const [offlineReady, setOfflineReady] = useState<boolean | null>(null)
  const [counts, setCounts] = useState<Counts | null>(null)
  const [conflicts, setConflicts] = useState<Conflict[]>([])
  const [queue, setQueue] = useState<store.QueuedScan[]>([])
  const [shown, setShown] = useState<Shown | null>(null)
  const [history, setHistory] = useState<Shown[]>([])
  const [notice, setNotice] = useState<Notice | null>(null)
  const key = useRef<CryptoKey | null>(null)
  const admitted = useRef<LocalAdmissions>(new Map())
  const listRef = useRef<DoorList | null>(null)
  const flushing = useRef(false)

  const request = useCallback(
    async (path: string, init?: RequestInit): Promise<Response | null> => {
      try {
        const res = await fetch(`${base}/${path}`, { ...init, credentials: 'same-origin', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
        setOnline(true)
        if (res.status === 401) setSessionEnded(true)
        return res
      } catch {
        setOnline(false)
        return null
      }
    },
    [base],
  )

  const adoptList = useCallback(async (next: DoorList) => {
    listRef.current = next
    setList(next)
    try {
      key.current = await importTicketKey(next.publicKey)
      setOfflineReady(true)
    } catch {
      // No Ed25519 in this browser's Web Crypto: scanning needs the network.
      key.current = null
      setOfflineReady(false)
    }
  }, [])

  const refreshList = useCallback(async () => {
    const res = await request('list')
    if (!res?.ok) return
    const next = (await res.json()) as DoorList
    await adoptList(next)
    await store.saveList(next).catch(() => undefined)
  }, [request, adoptList])

  const refreshStatus = useCallback(async () => {
    const res = await request('status')
    if (!res?.ok) return
    const body = (await res.json()) as Counts & { conflicts: Conflict[] }
    setCounts(body)
    setConflicts(body.conflicts)
  }, [request])

  const remember = useCallback(
    (registrationId: string | null, day: string, at: string, g: string | null) => {
      if (!registrationId) return
      const k = admissionKey(registrationId, day)
      admitted.current.set(k, { at, gate: g })
      void store.saveAdmission(eventId, k, { at, gate: g }).catch(() => undefined)
    },
    [eventId],
  )

  const forget = useCallback(
    (registrationId: string | null, day: string) => {
      if (!registrationId) return
      const k = admissionKey(registrationId, day)
      admitted.current.delete(k)
      void store.removeAdmission(eventId, k).catch(() => undefined)
    },
    [eventId],
  )

  // A reload must not forget the recent scans: door staff undo their own mis-scan from them.
  const keep = useCallback((s: Shown) => void store.saveRecent(eventId, s, RECENT).catch(() => undefined), [eventId])

  const show = useCallback(
    (next: Shown) => {
      setShown(next)
      setNotice(null)
      setHistory((h) => [next, ...h].slice(0, RECENT))
      keep(next)
    },
    [keep],
  )

  const flush = useCallback(async () => {
    if (flushing.current) return
    flushing.current = true
    let uploaded = 0
    let conflicted = 0
    let dropped = 0
    try {
      for (const item of await store.pendingScans(eventId)) {
        const body = {
          ...(item.code !== undefined ? { code: item.code } : { registrationId: item.registrationId }),
          nonce: item.nonce,
          scannedAt: item.scannedAt,
          gate: item.gate ?? '',
          ...(item.override ? { override: true } : {}),
        }
        const res = await request('scan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        if (!res || res.status === 401 || res.status === 429 || res.status >= 500) break
        await store.dequeue(item.nonce)
        if (!res.ok) {
          // The server cannot take it (e.g. a scan time from a broken clock): retrying will not help.
          dropped++
          continue
        }
        uploaded++
        const verdict = (await res.json()) as ScannerVerdict
        if (verdict.result === 'already_checked_in') conflicted++
      }
    } finally {
      flushing.current = false
      setQueue(await store.pendingScans(eventId).catch(() => []))
    }
    if (uploaded || dropped) {
      setNotice(
        conflicted
          ? { kind: 'conflicts', count: conflicted }
          : dropped
            ? { kind: 'dropped', count: dropped }
            : { kind: 'uploaded', count: uploaded },
      )
      void refreshStatus()
      void refreshList()
    }
  }, [eventId, request, refreshStatus, refreshList])

  // Start: what this browser remembers (list, own admissions, queue), then the server's current state.
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const [saved, mine, pending, recent] = await Promise.all([
        store.loadList(eventId),
        store.loadAdmissions(eventId),
        store.pendingScans(eventId),
        store.loadRecent<Shown>(eventId),
      ]).catch(() => [undefined, [], [], []] as const)
      if (cancelled) return
      for (const a of mine) admitted.current.set(a.key, { at: a.at, gate: a.gate })
      setQueue([...pending])
      setHistory((h) => (h.length ? h : recent.slice(0, RECENT)))
      if (saved && !listRef.current) await adoptList(saved)
      await Promise.all([refreshList(), refreshStatus()])
      if (pending.length) void flush()
    })()
    return () => {
      cancelled = true
    }
  }, [eventId, adoptList, refreshList, refreshStatus, flush])

  // Live counts every few seconds, the door list every minute; upload as soon as the network is back.
  useEffect(() => {
    const status = setInterval(() => {
      if (document.visibilityState === 'visible') void refreshStatus().then(() => (queue.length ? flush() : undefined))
    }, STATUS_EVERY_MS)
    const listTimer = setInterval(() => void refreshList(), LIST_EVERY_MS)
    const goneOnline = () => {
      setOnline(true)
      void flush().then(refreshStatus)
    }
    const goneOffline = () => setOnline(false)
    window.addEventListener('online', goneOnline)
    window.addEventListener('offline', goneOffline)
    if (!navigator.onLine) setOnline(false)
    return () => {
      clearInterval(status)
      clearInterval(listTimer)
      window.removeEventListener('online', goneOnline)
      window.removeEventListener('offline', goneOffline)
    }
  }, [refreshStatus, refreshList, flush, queue.length])

  /** Decides without the server and queues an admission. */
  const decideOffline = useCallback(
    async (nonce: string, at: string, source: Shown['source'], what: Scanned, override: boolean) => {
      const current = listRef.current
      const g = gate || null
      if (!current || !key.current) {
        show({ id: nonce, verdict: { result: 'unknown' }, offline: true, source, registrationId: null })
        return
      }
      const scan = { at, gate: g, queueId: `queued:${nonce}`, override }
      const decided =
        'code' in what
          ? offlineVerdictForCode(current, await verifyTicketCode(key.current, what.code), admitted.current, scan)
          : offlineVerdictForEntry(current, what.entry, admitted.current, scan)
      if (decided.verdict.result === 'ok') {
        const { day } = decided.verdict
        await store.enqueue({
          nonce,
          eventId,
          ...('code' in what ? { code: what.code } : { registrationId: what.entry.id }),
          scannedAt: at,
          gate: g,
          name: decided.verdict.name,
          ...(override ? { override: true } : {}),
        })
        remember(decided.registrationId, day, at, g)
        setQueue(await store.pendingScans(eventId))
      }
      show({
        id: nonce,
        verdict: decided.verdict,
        offline: true,
        source,
        registrationId: decided.registrationId,
        ...scannedIf(decided.verdict, what),
      })
    },
    [eventId, gate, remember, show],
  )

  const submit = useCallback(
    async (source: Shown['source'], what: Scanned, override = false) => {
      const nonce = crypto.randomUUID()
      const at = new Date().toISOString()
      if (navigator.onLine) {
        const body = {
          ...('code' in what ? { code: what.code } : { registrationId: what.entry.id }),
          nonce,
          gate,
          ...(override ? { override: true } : {}),
        }
        const res = await request('scan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        // 409: the nonce answered for another ticket already (a replay); shown as a refusal, never decided offline.
        if (res?.ok || res?.status === 409) {
          const verdict = (await res.json()) as ScannerVerdict
          const registrationId = 'registrationId' in verdict ? verdict.registrationId : null
          if (verdict.result === 'ok' || verdict.result === 'already_checked_in')
            remember(registrationId, verdict.day, verdict.checkedInAt, verdict.gate)
          show({ id: nonce, verdict, offline: false, source, registrationId, ...scannedIf(verdict, what) })
          if (verdict.result === 'ok') void refreshStatus()
          return
        }
        if (res && res.status === 400) {
          show({ id: nonce, verdict: { result: 'invalid' }, offline: false, source, registrationId: null })
          return
        }
        // No answer, or no session: decide here with the same nonce, so a request that did reach
        // the server and is uploaded again later is recognised as the same scan.
      }
      await decideOffline(nonce, at, source, what, override)
    },
    [gate, request, remember, show, refreshStatus, decideOffline],
  )

  const scanCode = useCallback((code: string) => submit('scan', { code: code.trim() }), [submit])
  const admitEntry = useCallback((entry: DoorListEntry) => submit('search', { entry }), [submit])

  /** This device's own admission behind an "already admitted" verdict: what door staff may undo. */
  const ownAdmission = useCallback(
    (target: Shown): Shown | null => {
      const v = target.verdict
      if (v.result !== 'already_checked_in' || target.undone) return null
      return (
        history.find(
          (h) => h.verdict.result === 'ok' && !h.undone && h.registrationId === target.registrationId && h.verdict.day === v.day,
        ) ?? null
      )
    },
    [history],
  )

  const undo = useCallback(
    async (target: Shown) => {
      if (target.verdict.result !== 'ok') return
      const { checkInId, day } = target.verdict
      // The card on screen may be this admission or an "already admitted" scan of it: both are undone now.
      const undoes = (x: Shown) =>
        x.id === target.id ||
        (x.verdict.result === 'already_checked_in' && x.registrationId === target.registrationId && x.verdict.day === day)
      const done = () => {
        forget(target.registrationId, day)
        setShown((s) => (s && undoes(s) ? { ...s, undone: true } : s))
        setHistory((h) =>
          h.map((x) => {
            if (!undoes(x)) return x
            const marked = { ...x, undone: true }
            keep(marked)
            return marked
          }),
        )
        setNotice({ kind: 'undone' })
      }
      if (checkInId.startsWith('queued:')) {
        // Still in this scanner's queue: it never reached the server, so taking it out is the undo.
        await store.dequeue(checkInId.slice('queued:'.length))
        setQueue(await store.pendingScans(eventId))
        done()
        return
      }
      const res = await request('undo', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ checkInId }),
      })
      if (!res) return setNotice({ kind: 'undoOffline' })
      if (res.ok || res.status === 409) {
        done()
        void refreshStatus()
        void refreshList()
      } else setNotice({ kind: res.status === 403 ? 'notYours' : 'undoFailed' })
    },
    [eventId, forget, keep, request, refreshStatus, refreshList],
  )

  /** Walk-ins admitted by "admit anyway": the form clears when this changes (it kept the fields). */
  const [walkInsAdmitted, setWalkInsAdmitted] = useState(0)

  /**
   * Registers and admits a walk-in; answers field errors (message keys), `kept` when the card says
   * "not today" (the form keeps what was typed), or null when done.
   */
  const walkIn = useCallback(
    async (form: FormData, override = false): Promise<Record<string, string[]> | 'offline' | 'kept' | null> => {
      form.set('gate', gate)
      if (override) form.set('override', '1')
      const fields = [...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'override')
      const res = await request('walk-in', { method: 'POST', body: form })
      if (!res || res.status === 401) return 'offline'
      const body = (await res.json()) as
        Extract<ScannerVerdict, { result: 'ok' | 'already_checked_in' | 'not_today' }> | { fieldErrors: Record<string, string[]> }
      if ('fieldErrors' in body) return body.fieldErrors
      if (body.result === 'not_today') {
        show({ id: crypto.randomUUID(), verdict: body, offline: false, source: 'walkIn', registrationId: null, walkIn: fields })
        return 'kept'
      }
      remember(body.registrationId, body.day, body.checkedInAt, body.gate)
      show({ id: crypto.randomUUID(), verdict: body, offline: false, source: 'walkIn', registrationId: body.registrationId })
      void refreshStatus()
      void refreshList()
      return null
    },
    [gate, request, remember, show, refreshStatus, refreshList],
  )

  /** An organiser's "admit anyway": the same scan or walk-in again, with the override. */
  const admitAnyway = useCallback(
    async (target: Shown) => {
      if (target.walkIn) {
        const form = new FormData()
        for (const [k, v] of target.walkIn) form.set(k, v)
        if ((await walkIn(form, true)) === null) setWalkInsAdmitted((n) => n + 1)
        return
      }
      if (target.scanned) await submit(target.source, target.scanned, true)
    },
    [submit, walkIn],
  )

  /** Admitted today as far as this scanner knows (its own admissions, and the list's). */
  const isAdmittedToday = useCallback((registrationId: string) => {
    const current = listRef.current
    if (!current) return false
    const day = doorDay(new Date(), current.timeZone)
    if (admitted.current.has(admissionKey(registrationId, day))) return true
    return current.day === day && Boolean(current.registrations.find((r) => r.id === registrationId)?.in)
  }, [])

  /** Admissions queued offline on `day`: counted on this device at once, before the upload. */
  const queuedOn = useCallback(
    (day: string) => queue.filter((q) => doorDay(new Date(q.scannedAt), timeZone) === day).length,
    [queue, timeZone],
  )

  return {
    isAdmittedToday,
    queuedOn,
    admitAnyway,
    ownAdmission,
    online,
    sessionEnded,
    list,
    offlineReady,
    counts,
    conflicts,
    queue,
    shown,
    history,
    notice,
    scanCode,
    admitEntry,
    undo,
    walkIn,
    walkInsAdmitted,
    flush,
    timeZone,
  }
}

/** Only a `not_today` card needs what was scanned (for "admit anyway"); others keep no ticket code. */
function scannedIf(verdict: Shown['verdict'], what: Scanned): Pick<Shown, 'scanned'> {
  return verdict.result === 'not_today' ? { scanned: what } : {}
}
