import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { matchesIfNoneMatch } from '../http/conditional-json.js';
import { ProblemError } from '../http/problem-error.js';
import { PUBLIC_PARTNER } from '../catalog/partner-row.js';
import { monogramSvg } from '../logos/monogram-svg.js';

const FILE = /^(ptr_[0-9A-HJKMNP-TV-Z]{26})\.svg$/;

/**
 * `GET /logos/{partner_id}.svg`: generated monogram logos. Public (an `<img>` cannot send a key),
 * served under a CSP that forbids everything, so even a hostile SVG could not run or load anything.
 */
export function logoRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/logos/:file', async (c) => {
    const id = FILE.exec(c.req.param('file'))?.[1];
    if (!id) throw new ProblemError('not_found', { detail: 'No such logo.' });
    const { rows } = await c
      .get('db')
      .query<{ name: string }>(
        `SELECT p.name FROM partners p WHERE p.id = $1 AND p.has_logo AND ${PUBLIC_PARTNER}`,
        [id],
      );
    const partner = rows[0];
    if (!partner) throw new ProblemError('not_found', { detail: 'No such logo.' });
    const svg = monogramSvg(id, partner.name);
    const etag = `"${createHash('sha256').update(svg).digest('base64url').slice(0, 27)}"`;
    const headers = {
      ETag: etag,
      'Cache-Control': 'public, max-age=86400',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.body(svg, 200, { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });
  return routes;
}
