// Prisma CLI configuration. The CLI is driven through scripts/prisma.mjs, which sets
// PRISMA_PROVIDER (sqlite | postgresql) and the engine paths that keep it from downloading anything.
import { defineConfig } from 'prisma/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'

const provider = process.env.PRISMA_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite'

export default defineConfig({
  experimental: { adapter: true },
  // The WebAssembly schema engine, driven through the adapter: no Rust binary to download.
  engine: 'js',
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    if (provider === 'postgresql') {
      return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost/fairdesk' })
    }
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? 'file:./data/fairdesk.db' })
  },
})
