import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const cli = join(root, 'packages/server/src/cli.ts');
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'flywheel-cli-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const env = { ...process.env, FLYWHEEL_DATA: dataDir, DATABASE_URL: '' };
const run = (...args: string[]) =>
  spawnSync(tsx, ['--conditions=source', cli, ...args], { env, encoding: 'utf8', timeout: 120_000 });

// Each case starts a fresh process (tsx, PGlite): slow on a loaded 2-core machine.
describe('flywheel-server', { timeout: 120_000 }, () => {
  it('migrate applies the migrations once', () => {
    const first = run('migrate');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Applied migrations: 1 directory, 2 taxonomy-revision/);
    const second = run('migrate');
    expect(second.stdout).toContain('Migrations are up to date.');
  });

  it('seed creates the demo program and prints its keys', () => {
    const result = run('seed', '--seed', '7', '--partners', '60');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Seeded 60 partners, \d+ listings, \d+ integrations/);
    expect(result.stdout).toContain('pk_test_demo');
    expect(result.stdout).toContain('sk_test_demo');
  });

  it('refuses bad options with a clear message', () => {
    const tooMany = run('seed', '--partners', '100001');
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toContain('FLYWHEEL_PARTNERS must be an integer from 1 to 100000');
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('Commands:');
  });

  it('start serves the seeded catalog on the given port and stops on SIGTERM', async () => {
    const child = spawn(tsx, ['--conditions=source', cli, 'start', '--port', '0'], {
      env: { ...env, PORT: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no URL printed: ${output}`));
      }, 60_000);
      child.stdout.on('data', () => {
        const match = /on (http:\/\/[^\s]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const response = await fetch(`${url}/v1/partners?limit=1`, {
      headers: { authorization: 'Bearer pk_test_demo' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total_count: number }).total_count).toBeLessThanOrEqual(60);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
