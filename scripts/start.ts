// `npm start`: migrate, seed the demo on an empty database (unless FAIRDESK_DEMO=off), then serve
// the production build.
import { getEnv } from '~/lib/env.server'
import cluster from 'node:cluster'
import { prepareDatabase } from './prepare-db'
import { serveAll } from './serve'

process.env.NODE_ENV ??= 'production'
// With WEB_CONCURRENCY > 1 the cluster's worker processes run this file too: only the primary migrates.
if (cluster.isPrimary) await prepareDatabase()
const login =
  getEnv().FAIRDESK_DEMO === 'off'
    ? 'first administrator: npm run user:create -- <email> --role ADMIN'
    : 'staff login: admin@example.org / fairdesk-demo'
await serveAll(() => console.log(`[fairdesk] serving ${getEnv().APP_URL} — ${login}`))
