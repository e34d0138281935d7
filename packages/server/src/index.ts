export { createApp } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { configFromEnv, DEFAULT_PORT, type ServerConfig } from './config.js';
export {
  DEFAULT_RATE_LIMITS,
  type RateLimitPolicies,
  type RateLimitPolicy,
} from './middleware/rate-limit.js';
export { openDatabase, type StorageConfig } from './db/open-database.js';
export { openPgliteDatabase } from './db/pglite-database.js';
export { openPostgresDatabase } from './db/postgres-database.js';
export { migrate } from './db/migrate.js';
export type { Database, Queryable } from './db/database.js';
export { seedDatabase, isSeeded, DEMO_KEYS, DEMO_PROGRAM, type SeedResult } from './seed/seed-database.js';
export { hashToken } from './middleware/authenticate.js';
export { generateCatalog } from './seed/generate-catalog.js';
export type { SeedCatalog, SeedPartner, SeedListing, SeedIntegration } from './seed/catalog-types.js';
