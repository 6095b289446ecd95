// CI's dependency check (scripts/audit.mjs): decided from the JSON npm really prints. The fixtures
// are npm 11 outputs for this project: the registry's 405 here, a refused connection, a missing
// lockfile, and a local advisory endpoint answering with no advisories or with a high one (cookie)
// and a moderate one (ms); the last test runs the script itself against such an endpoint.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditVerdict } from '../../scripts/audit.mjs'

const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/npm-audit', `${name}.json`), 'utf8')

describe('the CI dependency audit', () => {
  it('fails on high or critical advisories and names the packages', () => {
    const verdict = auditVerdict(1, fixture('high-and-moderate'))
    expect(verdict).toMatchObject({ kind: 'vulnerable', counts: { high: 1, moderate: 12 }, packages: ['cookie (high)'] })
    // At a lower bar the moderate ones count too.
    expect(auditVerdict(1, fixture('high-and-moderate'), 'moderate')).toMatchObject({
      kind: 'vulnerable',
      packages: expect.arrayContaining(['ms (moderate)', 'cookie (high)']),
    })
    const critical = JSON.parse(fixture('clean'))
    critical.metadata.vulnerabilities.critical = 1
    expect(auditVerdict(1, JSON.stringify(critical)).kind).toBe('vulnerable')
  })

  it('passes a clean report, and one with only moderate advisories at the high bar', () => {
    expect(auditVerdict(0, fixture('clean'))).toMatchObject({ kind: 'clean', counts: { total: 0 } })
    const moderateOnly = JSON.parse(fixture('high-and-moderate'))
    moderateOnly.metadata.vulnerabilities.high = 0
    expect(auditVerdict(0, JSON.stringify(moderateOnly)).kind).toBe('clean')
  })

  it('tells an unreachable advisory endpoint apart and only warns', () => {
    expect(auditVerdict(1, fixture('endpoint-405'))).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    })
    expect(auditVerdict(1, fixture('endpoint-refused'))).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('ECONNREFUSED'),
    })
  })

  it('fails on anything it cannot read as a report or an unreachable endpoint', () => {
    expect(auditVerdict(1, fixture('no-lockfile'))).toEqual({
      kind: 'failed',
      reason: 'ENOLOCK: This command requires an existing lockfile.',
    })
    expect(auditVerdict(1, '').kind).toBe('failed')
    expect(auditVerdict(1, 'npm ERR! something').kind).toBe('failed')
    // A clean-looking report with a failing exit code is not trusted.
    expect(auditVerdict(1, fixture('clean')).kind).toBe('failed')
    expect(() => auditVerdict(0, fixture('clean'), 'severe')).toThrow(RangeError)
  })

  it('makes CI fail when npm reports a high advisory, and only warn when the endpoint answers 405', async () => {
    // `cookie` is a production dependency (of Remix and Express); the advisory covers the locked version.
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> }
    const locked = lock.packages['node_modules/cookie']!.version
    const advisories: Record<string, unknown> = {
      cookie: [
        {
          id: 1103907,
          url: 'https://github.com/advisories/GHSA-pxg6-pf52-xh8x',
          title: 'cookie: out of bounds characters',
          severity: 'high',
          vulnerable_versions: `<=${locked}`,
          cwe: ['CWE-74'],
          cvss: { score: 7.5, vectorString: null },
        },
      ],
    }
    let refuse = false
    // A stand-in for the registry's advisory endpoint, plus the packument npm reads to place the advisory.
    const registry = http.createServer((req, res) => {
      req.resume().on('end', () => {
        res.setHeader('content-type', 'application/json')
        if (req.url?.startsWith('/-/npm/v1/security/advisories/bulk')) {
          if (refuse) return res.writeHead(405, { allow: 'GET,HEAD' }).end()
          return res.end(JSON.stringify(advisories))
        }
        if (req.url === '/cookie') {
          const versions = Object.fromEntries(
            [locked, '99.0.0'].map((v) => [v, { name: 'cookie', version: v, dist: { tarball: `http://127.0.0.1/cookie-${v}.tgz` } }]),
          )
          return res.end(JSON.stringify({ name: 'cookie', 'dist-tags': { latest: '99.0.0' }, versions }))
        }
        res.writeHead(404).end('{}')
      })
    })
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`
    const runScript = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/audit.mjs'], {
          env: { ...process.env, npm_config_registry: url, FAIRDESK_AUDIT_REQUIRED: '' },
        })
        let output = ''
        child.stdout.on('data', (c) => (output += c))
        child.stderr.on('data', (c) => (output += c))
        child.on('close', (code) => resolve({ code, output }))
      })
    try {
      const vulnerable = await runScript()
      expect(vulnerable.output).toContain('cookie (high)')
      expect(vulnerable.code).toBe(1)
      refuse = true
      const unavailable = await runScript()
      expect(unavailable.output).toContain('WARNING: dependencies were NOT checked')
      expect(unavailable.code).toBe(0)
    } finally {
      registry.close()
    }
  }, 60_000)
})
