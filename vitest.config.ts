// Test projects: unit (pure modules), integration on SQLite, integration on PostgreSQL (only when
// TEST_POSTGRES_URL is set; CI always sets it), and browser journeys in real Chromium.
import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

const postgres = process.env.TEST_POSTGRES_URL
if (!postgres) console.warn('[fairdesk] TEST_POSTGRES_URL is not set: integration tests run on SQLite only.')

const integration = (name: string, db: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['tests/integration/**/*.test.ts'],
    env: { TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['app/**/*.test.{ts,tsx}', 'emails/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'] },
      },
      integration('sqlite', 'sqlite'),
      ...(postgres ? [integration('postgresql', 'postgresql')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser journey at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
