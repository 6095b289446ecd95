// A seeded pseudo-random generator, so that every run of the demo seed produces the same data
// (same names, same attendance, same ids and tokens): screenshots, e2e tests and bug reports can
// then refer to the demo by name. Never use it for anything security-relevant outside the demo.
//
// sfc32 (Chris Doty-Humphrey's Small Fast Counter) seeded through cyrb128: tiny, fast, and good
// enough statistically for picking names and numbers.

export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  shuffle<T>(items: readonly T[]): T[]
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** `count` distinct items, heavier ones more likely (Efraimidis–Spirakis). */
  weightedSample<T>(items: readonly T[], weight: (item: T) => number, count: number): T[]
  /** `bytes` random bytes as lower-case hex. */
  hex(bytes: number): string
  /** A cuid-shaped id ("c" + 24 base-36 characters), like the ids Prisma generates. */
  id(): string
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

/** A generator for one purpose, named by `seed` (e.g. "people", "event:energieforum-2015"). */
export function createRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(`fairdesk-demo:${seed}`)
  const nextUint32 = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 15; i++) nextUint32()

  const next = () => nextUint32() / 4294967296
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))

  const random: Random = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)]!
    },
    shuffle(items) {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy
    },
    sample(items, count) {
      if (count > items.length) throw new Error(`cannot sample ${count} of ${items.length}`)
      return random.shuffle(items).slice(0, count)
    },
    weightedSample(items, weight, count) {
      if (count > items.length) throw new Error(`cannot sample ${count} of ${items.length}`)
      return items
        .map((item) => ({ item, key: Math.pow(next() || Number.MIN_VALUE, 1 / weight(item)) }))
        .sort((x, y) => y.key - x.key)
        .slice(0, count)
        .map((x) => x.item)
    },
    hex(bytes) {
      let out = ''
      for (let i = 0; i < bytes; i += 4) out += nextUint32().toString(16).padStart(8, '0')
      return out.slice(0, bytes * 2)
    },
    id() {
      let out = 'c'
      while (out.length < 25) out += nextUint32().toString(36).padStart(7, '0').slice(-6)
      return out.slice(0, 25)
    },
  }
  return random
}
