import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './child-protocol.js';

export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  readonly info: Record<string, unknown>;
  /** Asks the child to close its server and waits until the process has exited. */
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Kills children that are still running (used when the runner is interrupted). */
export function killChildServers(): void {
  for (const child of children) child.kill('SIGKILL');
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

/**
 * Runs a server in its own Node process, so the server under test and the load generator do not share
 * an event loop (on this 2-core machine each gets a core). The child inherits this process's
 * `execArgv`, i.e. tsx and `--conditions=source`, so it runs the workspace packages from source.
 */
export async function startChildServer(
  entry: URL,
  options: unknown,
  timeoutMs = 180_000,
): Promise<ChildServer> {
  const child = fork(fileURLToPath(entry), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const send = (message: ParentMessage) => child.send(message);

  const ready = await new Promise<Extract<ChildMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${entry.pathname} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: ChildMessage) => {
      done();
      if (message.type === 'ready') resolve(message);
      else reject(new Error(`${entry.pathname} failed to start: ${message.error}`));
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`${entry.pathname} exited with ${code} before it was ready`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    send({ type: 'start', options });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  });

  return {
    url: ready.url,
    pid: child.pid!,
    info: ready.info,
    async stop() {
      if (child.connected) send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
