// A QR decoder for the camera: the browser's own BarcodeDetector where it reads QR codes (Android,
// ChromeOS, macOS), else the `barcode-detector` ponyfill (ZXing in WebAssembly). The .wasm file is
// part of our build (hashed under /assets), never fetched from a CDN, so scanning works on a closed
// network and under our Content-Security-Policy; once loaded it stays cached for the outage.
export type QrDetector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }

type NativeDetector = { new (options: { formats: string[] }): QrDetector; getSupportedFormats(): Promise<string[]> }

let loading: Promise<QrDetector> | null = null

export function loadQrDetector(): Promise<QrDetector> {
  loading ??= (async () => {
    const native = (globalThis as { BarcodeDetector?: NativeDetector }).BarcodeDetector
    if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code'))
      return new native({ formats: ['qr_code'] })
    const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
      import('barcode-detector/ponyfill'),
      import('zxing-wasm/reader/zxing_reader.wasm?url'),
    ])
    prepareZXingModule({
      overrides: {
        locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path),
      },
      fireImmediately: true,
    })
    return new BarcodeDetector({ formats: ['qr_code'] })
  })()
  loading.catch(() => (loading = null))
  return loading
}
