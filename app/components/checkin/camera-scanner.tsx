// The phone camera as a ticket reader: the back camera, a decode every 150 ms. A ticket held in
// front of the lens counts as one scan; only once it has been out of sight for a moment does the
// same code count again (then as "already checked in").
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '~/components/ui'
import { loadQrDetector } from '~/scanner/qr-decoder'

const OUT_OF_SIGHT_MS = 1_500
const DECODE_EVERY_MS = 150

type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'unavailable' | 'decoderFailed'

export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('checkin')
  const [state, setState] = useState<CameraState>('off')
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const onCodeRef = useRef(onCode)
  onCodeRef.current = onCode

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    setState('off')
  }

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), [])

  useEffect(() => {
    if (state !== 'on') return
    let timer: ReturnType<typeof setTimeout>
    let last = { code: '', seenAt: 0 }
    let cancelled = false
    void loadQrDetector()
      .then((detector) => {
        const tick = async () => {
          if (cancelled) return
          const el = video.current
          if (el && el.readyState >= 2) {
            const found = await detector.detect(el).catch(() => [])
            const code = found[0]?.rawValue
            if (code) {
              const fresh = code !== last.code || Date.now() - last.seenAt > OUT_OF_SIGHT_MS
              last = { code, seenAt: Date.now() }
              if (fresh) onCodeRef.current(code)
            }
          }
          timer = setTimeout(tick, DECODE_EVERY_MS)
        }
        void tick()
      })
      .catch(() => setState('decoderFailed'))
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [state])

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setState('unavailable')
    setState('starting')
    // Fetch the decoder while the user answers the camera prompt.
    void loadQrDetector().catch(() => undefined)
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      if (video.current) {
        video.current.srcObject = stream.current
        await video.current.play().catch(() => undefined)
      }
      setState('on')
    } catch (error) {
      setState((error as DOMException)?.name === 'NotAllowedError' ? 'denied' : 'unavailable')
    }
  }

  const message =
    state === 'denied'
      ? t('camera.denied')
      : state === 'unavailable'
        ? t('camera.unavailable')
        : state === 'decoderFailed'
          ? t('camera.decoderFailed')
          : null
  return (
    <div className="flex flex-col gap-2">
      <div className={state === 'on' || state === 'starting' ? 'relative overflow-hidden rounded-lg bg-black' : 'hidden'}>
        <video ref={video} muted playsInline className="aspect-[4/3] w-full object-cover" aria-label={t('camera.preview')} />
        <div aria-hidden className="pointer-events-none absolute inset-[15%] rounded-lg border-4 border-white/80" />
      </div>
      {state === 'on' || state === 'starting' ? (
        <Button variant="secondary" onClick={stop}>
          {t('camera.stop')}
        </Button>
      ) : (
        <Button onClick={() => void start()} className="min-h-14 text-base">
          {t('camera.start')}
        </Button>
      )}
      {message ? (
        <p role="status" className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {message}
        </p>
      ) : null}
    </div>
  )
}
