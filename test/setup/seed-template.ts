import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, openPgliteDatabase, openPostgresDatabase, seedDatabase } from '@flywheel/server';
import { TEMPLATE_DATABASE, databaseUrlFor, testStorage } from './storage-mode.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A seeded PGlite data directory that test servers copy (PGlite mode). */
    pgliteTemplateDir: string;
    /** The seeded template database on the real PostgreSQL (postgres mode). */
    postgresTemplateUrl: string;
  }
}

/** The demo catalog every server test starts from: 1,500 partners, seed 42. */
export const TEST_SEED = { seed: 42, partners: 1500 };

/**
 * Seeds one template database per test run; every test file then starts its server on a private
 * copy, so files run in parallel without sharing state and without seeding again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (testStorage() === 'postgres') {
    const base = process.env.DATABASE_URL;
    if (!base)
      throw new Error('FLYWHEEL_TEST_STORAGE=postgres needs DATABASE_URL (see scripts/with-postgres.mjs).');
    const admin = await openPostgresDatabase(base, { max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    const templateUrl = databaseUrlFor(base, TEMPLATE_DATABASE);
    const template = await openPostgresDatabase(templateUrl, { max: 1 });
    await migrate(template);
    await seedDatabase(template, TEST_SEED);
    await template.close();
    project.provide('postgresTemplateUrl', templateUrl);
    project.provide('pgliteTemplateDir', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
      await admin.close();
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'flywheel-template-'));
  const db = await openPgliteDatabase(dir);
  await migrate(db);
  await seedDatabase(db, TEST_SEED);
  await db.close();
  project.provide('pgliteTemplateDir', dir);
  project.provide('postgresTemplateUrl', '');
  return () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}
