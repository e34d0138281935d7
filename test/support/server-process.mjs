// Starts the reference server in a child process (PGlite in memory, seeded) and resolves with its URL.
// Used by test runners and the demo, which must not share the test process's event loop.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {{ port?: number, dataDir?: string, partners?: number, env?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void>, output: () => string }>}
 */
export function startServerProcess(options = {}) {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', 'start'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(options.port ?? 0),
        FLYWHEEL_DATA: options.dataDir ?? 'memory',
        FLYWHEEL_PARTNERS: String(options.partners ?? 1500),
        DATABASE_URL: '',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The reference server did not start within 120 s:\n${output}`));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The reference server exited (${code}):\n${output}`));
    });
    child.stdout.on('data', () => {
      const match = /reference server on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ url: match[1].replace('127.0.0.1', 'localhost'), stop, output: () => output });
      }
    });
  });
}
