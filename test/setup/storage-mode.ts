/**
 * Which storage the server suites run on: PGlite (default) or the real PostgreSQL named by
 * DATABASE_URL (`pnpm test:postgres` sets both).
 */
export function testStorage(): 'pglite' | 'postgres' {
  return process.env.FLYWHEEL_TEST_STORAGE === 'postgres' ? 'postgres' : 'pglite';
}

export const TEMPLATE_DATABASE = 'flywheel_test_template';

/** The same server URL with another database name. */
export function databaseUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
