#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { configFromEnv, MAX_PARTNERS, type ServerConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { DEMO_KEYS, seedDatabase } from './seed/seed-database.js';
import { startServer } from './server.js';

const USAGE = `flywheel-server <command> [options]

Commands:
  start     apply migrations, seed an empty database, serve the API (default)
  seed      apply migrations and (re)create the demo program with a fresh catalog
  migrate   apply pending migrations and exit

Options:
  --port <n>        listen port (start; env PORT, default 4010)
  --seed <n>        PRNG seed of the catalog (env FLYWHEEL_SEED_NUMBER, default 42)
  --partners <n>    number of partners, up to ${MAX_PARTNERS.toLocaleString('en')} (env FLYWHEEL_PARTNERS, default 1500)

Storage: DATABASE_URL (PostgreSQL) or FLYWHEEL_DATA (PGlite directory, or "memory"; default .flywheel-data).`;

function storageLabel(config: ServerConfig): string {
  if (config.databaseUrl) return `PostgreSQL ${new URL(config.databaseUrl).host}`;
  return config.dataDir === 'memory' ? 'PGlite in memory' : `PGlite in ${config.dataDir}`;
}

function printKeys(): void {
  console.log(
    `  publishable key  ${DEMO_KEYS.publishable.token}   (origins: ${DEMO_KEYS.publishable.origins.join(', ')})`,
  );
  console.log(`  secret key       ${DEMO_KEYS.secret.token}   (server-side only)`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      partners: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'start';
  if (values.help || !['start', 'seed', 'migrate'].includes(command)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = configFromEnv({
    ...process.env,
    ...(values.port ? { PORT: values.port } : {}),
    ...(values.seed ? { FLYWHEEL_SEED_NUMBER: values.seed } : {}),
    ...(values.partners ? { FLYWHEEL_PARTNERS: values.partners } : {}),
  });

  if (command === 'start') {
    const server = await startServer(config);
    if (server.seeded) console.log(`Seeded ${server.seeded.partners} partners (seed ${config.seed}).`);
    console.log(`Flywheel reference server on ${server.url} — ${storageLabel(config)}`);
    printKeys();
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }

  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    console.log(
      applied.length
        ? `Applied migrations: ${applied.map((m) => `${m.version} ${m.name}`).join(', ')}`
        : 'Migrations are up to date.',
    );
    if (command === 'seed') {
      const started = performance.now();
      const result = await seedDatabase(db, config);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Seeded ${result.partners} partners, ${result.listings} listings, ${result.integrations} integrations in ${seconds} s (seed ${config.seed}) — ${storageLabel(config)}`,
      );
      printKeys();
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
