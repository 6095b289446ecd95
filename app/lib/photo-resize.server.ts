// Scaling an uploaded photo down, in a worker thread. Jimp decodes in plain JavaScript: a photo
// of tens of megapixels takes seconds of CPU and hundreds of megabytes, which on the request
// thread would stall every other request of the server for that long. The caller checks the
// declared pixel count first (image-header.ts); here the decode runs off the event loop, one at a
// time per process (so two uploads never hold two decoded bitmaps at once), with a JavaScript heap
// limit and a time limit, after which the worker is ended and its memory given back.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export type ResizeRequest = {
  bytes: Uint8Array
  mime: 'image/png' | 'image/jpeg'
  maxSide: number
  jpegQuality: number
  maxMemoryMb: number
}
export type ResizeResult = { kind: 'resized'; bytes: Buffer } | { kind: 'tooLarge' | 'unreadable' | 'timedOut' }

/** Long enough for a 40-megapixel PNG on a busy two-core machine (about 4 s when idle). */
const TIME_LIMIT_MS = 30_000
/** The worker's JavaScript heap; jpeg-js keeps its own count (`maxMemoryMb`) of what it allocates. */
const HEAP_LIMIT_MB = 512

// CommonJS run with `eval`: no file of ours to locate next to the server bundle, and Jimp is
// required by the absolute path the server resolved. A decoder's memory limit reached is
// 'tooLarge' (a smaller version of the photo will do), anything else 'unreadable'.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { Jimp } = require(workerData.jimp)
;(async () => {
  const { bytes, mime, maxSide, jpegQuality, maxMemoryMb } = workerData.request
  const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    'image/jpeg': { maxMemoryUsageInMB: maxMemoryMb },
  })
  if (image.width > maxSide || image.height > maxSide) image.scaleToFit({ w: maxSide, h: maxSide })
  const out = mime === 'image/png' ? await image.getBuffer('image/png') : await image.getBuffer('image/jpeg', { quality: jpegQuality })
  parentPort.postMessage({ bytes: out })
})().catch((error) => {
  parentPort.postMessage({ failed: /maxMemoryUsageInMB|maxResolutionInMP/.test(String(error && error.message)) ? 'tooLarge' : 'unreadable' })
})
`

let jimpPath: string | undefined
let queue: Promise<unknown> = Promise.resolve()

/** Decodes, scales down to fit `maxSide` and encodes again; one decode at a time in this process. */
export function resizePhoto(request: ResizeRequest): Promise<ResizeResult> {
  const run = queue.then(() => resizeInWorker(request))
  queue = run.catch(() => undefined)
  return run
}

function resizeInWorker(request: ResizeRequest): Promise<ResizeResult> {
  jimpPath ??= createRequire(import.meta.url).resolve('jimp')
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { jimp: jimpPath, request },
      // Jimp's bitmaps are Buffers outside this heap; the heap limit catches what grows inside it.
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 32 },
    })
    let settled = false
    const finish = (result: ResizeResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(() => finish({ kind: 'timedOut' }), TIME_LIMIT_MS)
    worker.on('message', (answer: { bytes: Uint8Array } | { failed: 'tooLarge' | 'unreadable' }) =>
      finish(
        'bytes' in answer
          ? { kind: 'resized', bytes: Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength) }
          : { kind: answer.failed },
      ),
    )
    worker.on('error', (error: NodeJS.ErrnoException) =>
      finish({ kind: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'tooLarge' : 'unreadable' }),
    )
    worker.on('exit', () => finish({ kind: 'unreadable' }))
  })
}
