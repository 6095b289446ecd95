// Every file a comment, a README line or a docs page names exists in the repository — so a
// reader who follows a reference finds it, and nothing cites a document kept outside it.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = process.cwd()
const SKIP = new Set(['node_modules', 'build', 'generated', 'data', 'test-results', '.git', '.cache', 'results'])
const SOURCE = /\.(?:ts|tsx|mjs|js|md|prisma|css)$/

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : files(rel)
    return SOURCE.test(entry.name) ? [rel] : []
  })
}

const sources = ['app', 'emails', 'scripts', 'tests', 'prisma', 'docs', '.ci'].filter((d) => fs.existsSync(d)).flatMap(files)
sources.push(...fs.readdirSync(ROOT).filter((name) => /\.(?:md|ts|js|mjs)$/.test(name)))

// A path from the repository root (app/…, docs/…), or a Markdown document by its name alone.
const CITED = /(?<![\w~./-])((?:app|emails|prisma|scripts|tests|docs|public|\.ci)\/[\w.$[\]/-]*[\w\]]|[\w-]+\.md)(?![\w/-])/g
const linkTargets = /\]\(([^)#\s]+)(?:#[^)]*)?\)/g

/** The paths a file cites: in comments for code, anywhere in Markdown. */
function citations(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const prose = file.endsWith('.md') ? text : [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map((m) => m[0]).join('\n')
  const cited = [...prose.matchAll(CITED)]
    .map((m) => m[1]!.replace(/[.,:;]+$/, ''))
    .map((c) => (c.endsWith(']') && !c.includes('[') ? c.slice(0, -1) : c))
  if (file.endsWith('.md'))
    for (const [, target] of text.matchAll(linkTargets)) if (!/^[a-z]+:/.test(target!)) cited.push(path.join(path.dirname(file), target!))
  return cited
}

function exists(cited: string, from: string): boolean {
  if (cited.includes('*') || cited.includes('<')) return true
  const candidates = /^[\w-]+\.md$/.test(cited) ? [cited, path.join('docs', cited), path.join(path.dirname(from), cited)] : [cited]
  return candidates.some((c) => {
    const stripped = c.replace(/\/$/, '')
    return fs.existsSync(stripped) || ['.ts', '.tsx'].some((ext) => fs.existsSync(stripped + ext))
  })
}

describe('cited paths', () => {
  it('names only files that exist in the repository', () => {
    const missing = sources.flatMap((file) =>
      citations(file)
        .filter((cited) => !exists(cited, file))
        .map((cited) => `${file}: ${cited}`),
    )
    expect(missing).toEqual([])
  })

  it('has the design documents', () => {
    for (const doc of ['docs/architecture.md', 'docs/counting.md', 'docs/checkin.md']) expect(fs.existsSync(doc), doc).toBe(true)
    expect(fs.readdirSync('docs/decisions').filter((f) => /^\d{3}-[\w-]+\.md$/.test(f)).length).toBeGreaterThanOrEqual(5)
  })
})
