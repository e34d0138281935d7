// Runs a command with DATABASE_URL pointing at a real PostgreSQL server, so the server suite proves
// the same migrations and SQL run there too.
//
// - DATABASE_URL already set: used as is (it must be allowed to CREATE DATABASE).
// - Else, PostgreSQL's binaries on this machine (Debian's postgresql package): a throwaway cluster
//   in a temp dir on a free port, removed afterwards. Run as root, it runs as the `postgres` user.
// - Else, in CI with apt-get as root: installs Debian's postgresql first.
// - Else: says so loudly and skips (exit 0), because the PGlite run already covered the suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command…>');
  process.exit(2);
}

function run(env) {
  const child = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  });
  return child.status ?? 1;
}

function findBinDir() {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config on PATH
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (process.env.DATABASE_URL) {
  console.log('PostgreSQL: using DATABASE_URL');
  process.exit(run({ FLYWHEEL_TEST_STORAGE: 'postgres' }));
}

let binDir = findBinDir();
if (!binDir && process.env.CI && isRoot && hasApt) {
  console.log("PostgreSQL: not installed; installing Debian's postgresql for the CI run.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env,
  });
  binDir = findBinDir();
}
if (!binDir) {
  console.log(
    '\n*** PostgreSQL is not available (no DATABASE_URL, no initdb): the server suite ran on PGlite only. ***\n',
  );
  process.exit(0);
}

// PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user then.
const asUser = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
const exec = (bin, args, options = {}) => {
  const [cmd, ...rest] = [...asUser, join(binDir, bin), ...args];
  return execFileSync(cmd, rest, { stdio: 'inherit', ...options });
};

const dir = mkdtempSync(join(tmpdir(), 'flywheel-pg-'));
chmodSync(dir, 0o777);
const data = join(dir, 'data');
const port = await freePort();
let started = false;
let status;
try {
  exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], {
    stdio: 'ignore',
  });
  // pg_ctl waits until the server accepts connections, and stops it cleanly later.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  exec('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'postgres.log'), '-o', options], {
    stdio: 'ignore',
  });
  started = true;
  const version = execFileSync(join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`PostgreSQL: throwaway cluster on port ${port} (${version})`);
  status = run({
    DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
    FLYWHEEL_TEST_STORAGE: 'postgres',
  });
} finally {
  if (started) exec('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status ?? 1);
