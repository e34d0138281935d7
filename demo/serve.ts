/**
 * The demo's static web server (node:http, no dependencies): the built marketing site and the
 * script-tag build of the elements under `/cdn/`, every response with a strict Content Security
 * Policy — no inline scripts or styles, no eval, Trusted Types with Lit's `lit-html` policy only —
 * so the demo proves the widgets work on a locked-down page. The partner portal (portal/portal-server.ts)
 * runs on a second instance, with its own backend route in front of the files (`handle`).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface DemoServerOptions {
  /** URL path prefixes and the directories they map to, e.g. `{ '/cdn/': '…/cdn', '/': '…/dist' }`. */
  mounts: Record<string, string>;
  /** The Partner API's base URL; replaces `%FLYWHEEL_API_BASE%` in HTML and is allowed by the CSP. */
  apiBase: string;
  /** Further origins images may come from (e.g. the API's `PUBLIC_URL` when it differs). */
  imageOrigins?: readonly string[];
  /** Sources the pages may `fetch` besides the API, e.g. `'self'` for a same-origin endpoint. */
  connectSources?: readonly string[];
  /**
   * Answers requests before the static files (a site's own backend routes); resolves true when it
   * did. `origin` is this server's own origin (e.g. `http://127.0.0.1:5174`).
   */
  handle?: (req: IncomingMessage, res: ServerResponse, origin: string) => boolean | Promise<boolean>;
  /** Port to listen on; when it is busy, a free one is used instead (`onPortBusy` says so). */
  port: number;
  host?: string;
  /** The host name in `url`; default `localhost` when `host` is a loopback or wildcard address. */
  publicHost?: string;
  onPortBusy?: (port: number) => void;
}

export interface DemoServer {
  /** e.g. `http://localhost:5173` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const API_BASE_PLACEHOLDER = '%FLYWHEEL_API_BASE%';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The page's Content-Security-Policy: only this origin's scripts and styles, the API for data (and
 * `connectSources`, e.g. `'self'` for a page that calls its own backend).
 */
export function contentSecurityPolicy(
  apiOrigin: string,
  imageOrigins: readonly string[] = [],
  connectSources: readonly string[] = [],
): string {
  const images = [...new Set([apiOrigin, ...imageOrigins])].join(' ');
  const connect = [...new Set([...connectSources, apiOrigin])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${images} data:`,
    `connect-src ${connect}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

function escapeAttribute(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

/**
 * Maps a request path to a file inside one of the mounts, or undefined. Refuses anything that could
 * leave the mounted directory: encoded or literal `..`, backslashes, NUL, and dot-files.
 */
export function resolveFile(mounts: Record<string, string>, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return undefined;
  // Longest prefix first, so `/cdn/` wins over `/`.
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => decoded.startsWith(p));
  if (prefix === undefined) return undefined;
  const root = resolve(mounts[prefix]!);
  let relative = decoded.slice(prefix.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(join(root, relative));
  return file.startsWith(root + sep) ? file : undefined;
}

async function existingFile(path: string | undefined): Promise<{ path: string; size: number } | undefined> {
  if (!path) return undefined;
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the static server. Pages get the API's URL in place of `%FLYWHEEL_API_BASE%`. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const apiOrigin = new URL(options.apiBase).origin;
  const imageOrigins = (options.imageOrigins ?? []).map((url) => new URL(url).origin);
  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigin, imageOrigins, options.connectSources),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const apiBase = options.apiBase.replace(/\/$/, '');

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) {
    res.writeHead(status, {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache',
    });
    res.end(head ? undefined : body);
  }

  function notFound(res: ServerResponse, head: boolean) {
    send(
      res,
      404,
      CONTENT_TYPES['.html']!,
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title>' +
        '<h1>Not found</h1><p><a href="/">Back to the demo</a></p></html>',
      head,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.handle && (await options.handle(req, res, origin))) return;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD', 'Content-Length': 0 });
      res.end();
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    const candidate = resolveFile(options.mounts, pathname);
    // `/npm` serves `npm.html`, like most static hosts.
    const file =
      (await existingFile(candidate)) ??
      (candidate && extname(candidate) === '' ? await existingFile(`${candidate}.html`) : undefined);
    if (!file) {
      notFound(res, head);
      return;
    }
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const html = (await readFile(file.path, 'utf8')).replaceAll(
        API_BASE_PLACEHOLDER,
        escapeAttribute(apiBase),
      );
      send(res, 200, type, html, head);
      return;
    }
    // Vite's hashed assets never change; everything else is revalidated.
    const immutable = /-[\w-]{8}\.\w+$/.test(file.path) && file.path.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': file.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (head) {
      res.end();
      return;
    }
    createReadStream(file.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[demo] request failed:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error', false);
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  // Known once listening; requests only arrive after that.
  let origin = '';
  const listen = (port: number) =>
    new Promise<void>((resolveListen, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolveListen();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, host);
    });
  try {
    await listen(options.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    options.onPortBusy?.(options.port);
    await listen(0);
  }
  const { port } = server.address() as AddressInfo;
  const shownHost =
    options.publicHost ?? (host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host);
  origin = `http://${shownHost}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}
