/**
 * End to end: the demo marketing site (`pnpm demo`) in Debian's Chromium, against the real Partner
 * API on PGlite, under the pages' strict CSP. The script-tag page is driven through search, a facet,
 * a profile, the contact form and browser Back; the stored contact request is checked in the
 * database; axe checks the directory and the profile; the npm page's theming and event log too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../demo/start-demo.js';
import { axeViolations, type AxeViolation } from '../support/axe-check.js';
import { openChromiumPage, type CspViolation } from '../support/chromium-page.js';

const ENGLISH_PLACEHOLDER = 'Search by name, expertise or industry';

let demo: RunningDemo;
let context: BrowserContext;
let page: Page;
let apiOrigin: string;
/** Requests to the API other than images (logos): what a keystroke must not cause. */
const apiRequests: string[] = [];
let consoleErrors: string[] = [];
let cspViolations: CspViolation[] = [];
const demoLog: string[] = [];
/** Undone in reverse order after the tests, also when a start-up step failed. */
const cleanups: (() => unknown)[] = [];

/** The number in a text like "1,408 partners". */
function countIn(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

async function shownCount(): Promise<number> {
  return countIn(await page.locator('fw-partner-directory [part="count"]').textContent());
}

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): Promise<{ tag: string; id: string; className: string; text: string } | null> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      id: active.id,
      className: typeof active.className === 'string' ? active.className : '',
      text: active.textContent.trim(),
    };
  });
}

/** axe-core on one element of the page (and everything inside its shadow root). */
function axeViolationsIn(selector: string): Promise<AxeViolation[]> {
  return axeViolations(page, { include: [[selector]] });
}

/** A raw HTTP request, so the path reaches the server exactly as written (no URL normalization). */
function rawRequest(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(demo.urls.marketing);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'flywheel-e2e-'));
  cleanups.push(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });
  demo = await startDemo({
    apiPort: 0,
    demoPort: 0,
    dataDir,
    partners: 1500,
    log: (line) => demoLog.push(line),
    apiLog: (entry) => demoLog.push(`[api] ${entry.level} ${entry.message}`),
  }).catch((error: unknown) => {
    throw new Error(`The demo did not start:\n${demoLog.join('\n')}`, { cause: error });
  });
  cleanups.push(() => demo.stop());
  apiOrigin = new URL(demo.urls.api).origin;

  const chromiumPage = await openChromiumPage({
    profilePrefix: 'flywheel-e2e-chromium-',
    viewport: { width: 1280, height: 900 },
  });
  cleanups.push(() => chromiumPage.close());
  ({ context, page } = chromiumPage);
  cspViolations = chromiumPage.cspViolations;
  consoleErrors = chromiumPage.consoleErrors;
  context.on('request', (request) => {
    if (request.url().startsWith(`${apiOrigin}/`) && request.resourceType() !== 'image') {
      apiRequests.push(`${request.method()} ${request.url()}`);
    }
  });
}, 240_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('the demo web server', () => {
  it('serves files with their content types, the API URL filled in and the security headers', async () => {
    const html = await rawRequest('GET', '/');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain(`api-base="${demo.urls.api}"`);
    expect(html.body).not.toContain('%FLYWHEEL_API_BASE%');
    const script = await rawRequest('GET', '/cdn/flywheel.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawRequest('GET', '/site.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    for (const response of [html, script, css]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await rawRequest('GET', '/npm')).status).toBe(200);
  });

  it('answers 404 outside its directories and 405 to other methods', async () => {
    for (const path of [
      '/nope.html',
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/cdn/..%2f..%2fpackage.json',
      '/cdn/%2e%2e/package.json',
      '/..%5c..%5cpackage.json',
      '/.gitignore',
      '/index.html%00.js',
    ]) {
      const response = await rawRequest('GET', path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await rawRequest('POST', '/')).status).toBe(405);
  });
});

describe('the script-tag page (index.html)', () => {
  let initialCount = 0;
  let searchedCount = 0;
  let filteredCount = 0;
  let slug = '';
  let partnerName = '';

  it('serves the page with the strict CSP and renders the directory', async () => {
    const response = await page.goto(demo.urls.marketing);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain(`connect-src ${apiOrigin}`);
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe-');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');

    await page.locator('fw-partner-directory .card').first().waitFor();
    initialCount = await shownCount();
    expect(initialCount).toBeGreaterThan(1000);
    // The request log works: the directory loaded its index (once) from the API.
    expect(apiRequests.filter((request) => request.includes('/v1/partner_index'))).toHaveLength(1);
    // The windowed list keeps the DOM small: a few rows of cards, not all of them.
    expect(await page.locator('fw-partner-directory .card').count()).toBeLessThan(60);
  });

  it("keeps the page's hostile global CSS out of the widget", async () => {
    // site.css sets `* { box-sizing: content-box }`, uppercase buttons, dashed 22px inputs and a
    // wrapper with inherited red, centred, uppercase, nowrap text. None of it may show inside.
    const styles = await page.evaluate(() => {
      const root = document.querySelector('fw-partner-directory')?.shadowRoot;
      const read = (selector: string, properties: string[]) => {
        const element = root?.querySelector(selector);
        if (!element) return { missing: selector };
        const computed = getComputedStyle(element);
        return Object.fromEntries(properties.map((name) => [name, computed.getPropertyValue(name)]));
      };
      return {
        base: read('.base', [
          'box-sizing',
          'color',
          'font-size',
          'text-align',
          'text-transform',
          'white-space',
        ]),
        search: read('input[type="search"]', ['box-sizing', 'border-top-style', 'font-size']),
        card: read('.card', ['box-sizing', 'text-indent', 'word-spacing']),
        cardButton: read('.card-link', ['box-sizing', 'text-transform', 'letter-spacing']),
      };
    });
    expect(styles).toEqual({
      base: {
        'box-sizing': 'border-box',
        color: 'rgb(17, 24, 39)',
        'font-size': '16px',
        'text-align': 'start',
        'text-transform': 'none',
        'white-space': 'normal',
      },
      search: { 'box-sizing': 'border-box', 'border-top-style': 'solid', 'font-size': '16px' },
      card: { 'box-sizing': 'border-box', 'text-indent': '0px', 'word-spacing': '0px' },
      cardButton: { 'box-sizing': 'border-box', 'text-transform': 'none', 'letter-spacing': 'normal' },
    });
  });

  it('has no axe violations in the directory', async () => {
    expect(await axeViolationsIn('fw-partner-directory')).toEqual([]);
  });

  it('searches as the visitor types, with no API request per keystroke', async () => {
    apiRequests.length = 0;
    const search = page.locator('fw-partner-directory input[type="search"]');
    await search.pressSequentially('migration', { delay: 40 });
    // The URL follows once typing settles.
    await expect.poll(() => new URL(page.url()).searchParams.get('fw-q')).toBe('migration');
    searchedCount = await shownCount();
    expect(searchedCount).toBeGreaterThan(0);
    expect(searchedCount).toBeLessThan(initialCount);
    expect(apiRequests).toEqual([]);
  });

  it('filters by a facet: the URL has the filter and the count matches the facet count', async () => {
    const option = page.locator('fw-partner-directory fieldset.facet').first().locator('li').first();
    const checkbox = option.locator('input[type="checkbox"]');
    const id = (await checkbox.getAttribute('id')) ?? '';
    const value = id.slice(id.indexOf('-type-') + '-type-'.length);
    expect(id).toContain('-type-');
    const facetCount = countIn(await option.locator('.facet-count').textContent());
    expect(facetCount).toBeGreaterThan(0);
    expect(facetCount).toBeLessThan(searchedCount);

    await checkbox.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('fw-type')).toBe(value);
    await expect.poll(shownCount).toBe(facetCount);
    filteredCount = facetCount;
    expect(new URL(page.url()).searchParams.get('fw-q')).toBe('migration');
    expect(apiRequests).toEqual([]);
  });

  it('opens a profile with the focus on its heading and the partner in the URL', async () => {
    const card = page.locator('fw-partner-directory .card').first();
    partnerName = ((await card.locator('.name').textContent()) ?? '').trim();
    await card.locator('.card-link').click();

    const heading = page.locator('fw-partner-directory .profile-name');
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(partnerName);
    await expect.poll(async () => (await deepActiveElement())?.className).toContain('profile-name');
    slug = new URL(page.url()).searchParams.get('fw-partner') ?? '';
    expect(slug).toMatch(/^[a-z0-9-]{3,64}$/);
  });

  it('has no axe violations in the profile view', async () => {
    await page.locator('fw-partner-directory [part="contact-form"]').waitFor();
    expect(await axeViolationsIn('fw-partner-directory')).toEqual([]);
  });

  it('shows field errors for an empty contact form and focuses the first invalid field', async () => {
    const form = page.locator('fw-partner-directory [part="contact-form"]');
    await form.locator('[part="submit"]').click();

    const errors = form.locator('.field-error');
    await expect.poll(() => errors.count()).toBe(4); // name, email, message, consent
    expect(await form.locator('input[name="name"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('input[name="email"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('textarea[name="message"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('input[name="consent"]').getAttribute('aria-invalid')).toBe('true');
    // Optional fields are not flagged.
    expect(await form.locator('input[name="company"]').getAttribute('aria-invalid')).toBe('false');
    const focused = await deepActiveElement();
    expect(focused?.tag).toBe('input');
    expect(focused?.id).toMatch(/-name$/);
    expect(await axeViolationsIn('fw-partner-directory')).toEqual([]);
  });

  it('sends a valid contact request, which is stored exactly once', async () => {
    const form = page.locator('fw-partner-directory [part="contact-form"]');
    await form.locator('input[name="name"]').fill('Ana Lima');
    await form.locator('input[name="email"]').fill('ana.lima@customer.example');
    await form.locator('input[name="company"]').fill('Customer Example GmbH');
    await form
      .locator('textarea[name="message"]')
      .fill('We are moving 40 sales reps to Flywheel CRM and need help with the data migration.');
    await form.locator('input[name="consent"]').check();
    await form.locator('[part="submit"]').click();

    const success = page.locator('fw-partner-directory [part="contact-success"]');
    await success.waitFor();
    expect(await success.textContent()).toContain(partnerName);

    const { rows } = await demo.api.db.query<{ name: string; email: string; company: string | null }>(
      `SELECT c.name, c.email, c.company
         FROM contact_requests c JOIN partners p ON p.id = c.partner_id
        WHERE p.slug = $1`,
      [slug],
    );
    expect(rows).toEqual([
      { name: 'Ana Lima', email: 'ana.lima@customer.example', company: 'Customer Example GmbH' },
    ]);
  });

  it('returns to the filtered list on browser Back', async () => {
    await page.goBack();
    await page.locator('fw-partner-directory .card').first().waitFor();
    expect(await page.locator('fw-partner-directory .profile-name').count()).toBe(0);
    const params = new URL(page.url()).searchParams;
    expect(params.get('fw-partner')).toBeNull();
    expect(params.get('fw-q')).toBe('migration');
    expect(await shownCount()).toBe(filteredCount);
  });

  it('switches the directory language with ?lang=', async () => {
    await page.goto(`${demo.urls.marketing}?lang=de`);
    const search = page.locator('fw-partner-directory input[type="search"]');
    await page.locator('fw-partner-directory .card').first().waitFor();
    expect(await page.locator('fw-partner-directory [part~="base"]').first().getAttribute('lang')).toBe('de');
    const placeholder = await search.getAttribute('placeholder');
    expect(placeholder).toBeTruthy();
    expect(placeholder).not.toBe(ENGLISH_PLACEHOLDER);
    expect(await page.locator('a[data-lang="de"]').getAttribute('aria-current')).toBe('true');
  });

  it('caused no console errors and no CSP or Trusted Types violations', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the npm page (npm.html, built with Vite)', () => {
  it('renders the themed directory and logs widget events on the page', async () => {
    cspViolations.length = 0;
    consoleErrors.length = 0;
    const response = await page.goto(demo.urls.npm);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('fw-partner-directory .card').first().waitFor();

    // Brand tokens from `appearance` reach the widget as custom properties.
    const primary = await page
      .locator('fw-provider')
      .evaluate((element) => getComputedStyle(element).getPropertyValue('--fw-color-primary').trim());
    expect(primary).toBe('#0f766e');

    await page.locator('fw-partner-directory input[type="search"]').pressSequentially('crm', { delay: 30 });
    const log = page.locator('#event-log');
    // Newest first; on a slow machine a pause mid-word may log a shorter query before it.
    await expect
      .poll(() => log.locator('li[data-type="fw-search-change"] .event-detail').first().textContent())
      .toBe('{"q":"crm"}');
    await log.locator('li[data-type="fw-results-change"]').first().waitFor();

    await page.locator('fw-partner-directory .card-link').first().click();
    await page.locator('fw-partner-directory .profile-name').waitFor();
    const slug = new URL(page.url()).searchParams.get('fw-partner');
    const select = log.locator('li[data-type="fw-partner-select"] .event-detail').first();
    expect(await select.textContent()).toContain(`"slug":"${slug}"`);
  });

  it('has no axe violations in the themed profile view', async () => {
    expect(await axeViolationsIn('fw-partner-directory')).toEqual([]);
  });

  it('caused no console errors and no CSP or Trusted Types violations', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
