import type { Database } from './database.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface StorageConfig {
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory`. */
  dataDir: string;
}

export function openDatabase(storage: StorageConfig): Promise<Database> {
  return storage.databaseUrl
    ? openPostgresDatabase(storage.databaseUrl)
    : openPgliteDatabase(storage.dataDir);
}
