#!/usr/bin/env node
// Runs the Prisma CLI offline: `node scripts/prisma.mjs <sqlite|postgresql> <prisma args…>`.
// Prisma 6.19 checks for its Rust engine files before every command and downloads them when
// missing; in this setup nothing executes them (client and schema engine run as WebAssembly), so
// pointing the two documented variables at an existing file stops the download.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const [provider, ...args] = process.argv.slice(2)
if (provider !== 'sqlite' && provider !== 'postgresql') {
  console.error('usage: node scripts/prisma.mjs <sqlite|postgresql> <prisma args…>')
  process.exit(2)
}
const require = createRequire(import.meta.url)
const placeholder = require.resolve('prisma/package.json')
const cli = require.resolve('prisma/build/index.js')
const result = spawnSync(process.execPath, [cli, ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_PROVIDER: provider,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    // Only validated, never used for a connection by `generate` and `migrate diff`.
    DATABASE_URL: process.env.DATABASE_URL ?? (provider === 'sqlite' ? 'file:./data/fairdesk.db' : 'postgresql://localhost/fairdesk'),
  },
})
process.exit(result.status ?? 1)
