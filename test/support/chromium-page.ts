import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** A Content-Security-Policy or Trusted Types violation a page reported. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/** Debian's Chromium as root on a closed network (TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumPage {
  context: BrowserContext;
  page: Page;
  /** Every CSP/Trusted Types violation of any page, as it happens. */
  cspViolations: CspViolation[];
  /** Console errors and uncaught exceptions of `page`, prefixed with its URL. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile (removed on `close`), one page, and the two things every
 * end-to-end test here checks at the end: no CSP violations and no console errors.
 */
export async function openChromiumPage(options: {
  profilePrefix: string;
  viewport: { width: number; height: number };
}): Promise<ChromiumPage> {
  const userDataDir = mkdtempSync(join(tmpdir(), options.profilePrefix));
  const cspViolations: CspViolation[] = [];
  const consoleErrors: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport,
      locale: 'en-US',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await context.exposeBinding('__reportCspViolation', (source, violation: Omit<CspViolation, 'page'>) => {
    cspViolations.push({ page: source.page.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => Promise<void> })
        .__reportCspViolation;
      void report({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  return {
    context,
    page,
    cspViolations,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
