import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Flags that Chromium needs to run as root on these machines without reaching for the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Chromium {
  readonly context: BrowserContext;
  readonly executablePath: string;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/**
 * Debian's Chromium (never a downloaded one), headless, with a fresh profile in a temp dir (as root it
 * hangs on the closed network without one). Signals are left to the runner, which cleans up itself.
 */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Chromium> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const userDataDir = mkdtempSync(join(tmpdir(), 'flywheel-bench-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      deviceScaleFactor: 1,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return {
      context,
      executablePath,
      async close() {
        try {
          await context.close();
        } finally {
          rmSync(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
