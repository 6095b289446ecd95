// Issue #9, dependencies: Remix at 2.17.5 or later (earlier 2.17.x lack security fixes), as locked
// in package-lock.json — what `npm ci` installs — and CI running the advisory check before the tests.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

type Lockfile = { packages: Record<string, { version?: string; dev?: boolean }> }
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as Lockfile

// Versioned on their own, not with Remix: React Router's core (1.x) and the fetch polyfills.
const separatelyVersioned = (name: string) => name === '@remix-run/router' || name.startsWith('@remix-run/web-')

/** Negative, zero or positive like a comparator; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2)
    return { parts: core.split('.').map(Number), pre }
  }
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < 3; i++) if ((x.parts[i] ?? 0) !== (y.parts[i] ?? 0)) return (x.parts[i] ?? 0) - (y.parts[i] ?? 0)
  if (x.pre === y.pre) return 0
  return x.pre === undefined ? 1 : y.pre === undefined ? -1 : x.pre < y.pre ? -1 : 1
}

describe('dependencies', () => {
  it('compares versions the way semver orders them', () => {
    expect(compareVersions('2.17.5', '2.17.5')).toBe(0)
    expect(compareVersions('2.17.4', '2.17.5')).toBeLessThan(0)
    expect(compareVersions('2.18.0', '2.17.5')).toBeGreaterThan(0)
    expect(compareVersions('2.9.9', '2.17.5')).toBeLessThan(0)
    expect(compareVersions('3.0.0', '2.17.5')).toBeGreaterThan(0)
    expect(compareVersions('2.17.5-pre.1', '2.17.5')).toBeLessThan(0)
  })

  it('locks every Remix package at 2.17.5 or later', () => {
    const remix = Object.entries(lock.packages)
      .map(([location, entry]) => ({ name: location.replace(/^.*node_modules\//, ''), location, version: entry.version ?? '' }))
      .filter((p) => p.name.startsWith('@remix-run/') && !separatelyVersioned(p.name))
    // The packages the security fixes are in must be there, so this cannot pass on an empty list.
    for (const name of ['@remix-run/node', '@remix-run/react', '@remix-run/server-runtime', '@remix-run/express', '@remix-run/dev']) {
      expect(remix.map((p) => p.name)).toContain(name)
    }
    const tooOld = remix.filter((p) => !(compareVersions(p.version, '2.17.5') >= 0)).map((p) => `${p.location}@${p.version}`)
    expect(tooOld).toEqual([])
  })

  it('has CI run the advisory check before, and apart from, the unchanged test command', () => {
    const ci = fs
      .readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((l) => l.trim())
    const audit = ci.indexOf('node scripts/audit.mjs')
    const test = ci.indexOf('npm test')
    expect(audit).toBeGreaterThan(ci.indexOf('npm ci --no-audit --no-fund'))
    expect(test).toBeGreaterThan(audit)
    expect(ci).toContain('set -euo pipefail')
  })
})
