import type { ChildMessage, ChildServerHandle, ParentMessage } from './child-protocol.js';

/**
 * The child side of `startChildServer`: waits for the options, starts the server, reports its URL,
 * and closes it and exits when asked to stop or when the runner goes away (IPC disconnect).
 */
export function serveFromChild(start: (options: unknown) => Promise<ChildServerHandle>): void {
  if (!process.send) throw new Error('This file runs as a child of bench/run.ts (it needs an IPC channel).');
  const reply = (message: ChildMessage) =>
    new Promise<void>((resolve) => {
      process.send!(message, undefined, undefined, () => {
        resolve();
      });
    });
  let handle: Promise<ChildServerHandle> | undefined;
  let stopping = false;

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A server that failed to start has nothing to close (the runner has been told why).
    const server = await handle?.catch(() => undefined);
    try {
      await server?.close();
    } catch (error) {
      console.error('[bench] closing the server failed:', error);
      process.exitCode = 1;
    } finally {
      if (process.connected) process.disconnect();
    }
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'start' && !handle) {
      handle = start(message.options);
      handle.then(
        ({ url, info }) => reply({ type: 'ready', url, info }),
        async (error: unknown) => {
          const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
          await reply({ type: 'failed', error: text });
          if (process.connected) process.disconnect();
        },
      );
    } else if (message.type === 'stop') {
      void stop();
    }
  });
  process.on('disconnect', () => void stop());
}
