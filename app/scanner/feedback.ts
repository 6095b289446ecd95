// Sound and vibration for a verdict, so door staff need not look at the screen for every scan:
// one short high beep for "admitted", two middle ones for "already in", three low ones for a refusal.
export type Signal = 'ok' | 'warn' | 'error'

let audio: AudioContext | null = null

export function signal(kind: Signal, { sound, vibrate }: { sound: boolean; vibrate: boolean }) {
  if (vibrate && typeof navigator.vibrate === 'function')
    navigator.vibrate(kind === 'ok' ? 80 : kind === 'warn' ? [120, 80, 120] : [250, 100, 250, 100, 250])
  if (!sound || typeof AudioContext === 'undefined') return
  try {
    audio ??= new AudioContext()
    void audio.resume()
    const tones = kind === 'ok' ? [1046] : kind === 'warn' ? [660, 660] : [220, 220, 220]
    tones.forEach((frequency, i) => {
      const start = audio!.currentTime + i * 0.18
      const osc = audio!.createOscillator()
      const gain = audio!.createGain()
      osc.type = kind === 'error' ? 'square' : 'sine'
      osc.frequency.value = frequency
      gain.gain.setValueAtTime(0.2, start)
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.14)
      osc.connect(gain).connect(audio!.destination)
      osc.start(start)
      osc.stop(start + 0.15)
    })
  } catch {
    // No audio output (or not allowed yet): the screen and vibration still tell.
  }
}
