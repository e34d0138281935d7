import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export interface PageServer {
  /** `http://localhost:<port>`: an origin the demo publishable key allows (`http://localhost:*`). */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * A tiny static server for the benchmark pages: fixed in-memory routes (`/element.html`, …) plus one
 * directory served from disk under `/cdn/` (the script-tag build). Listens on loopback only.
 */
export async function startPageServer(options: {
  routes: Readonly<Record<string, { body: string; type: string }>>;
  cdnDir: string;
}): Promise<PageServer> {
  const cdnRoot = resolve(options.cdnDir);
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    const route = options.routes[path];
    if (route) {
      send(200, route.type, route.body);
      return;
    }
    const file = path.startsWith('/cdn/') ? resolve(cdnRoot, `.${path.slice(4)}`) : undefined;
    if (!file?.startsWith(`${cdnRoot}${sep}`)) {
      send(404, 'text/plain', 'not found');
      return;
    }
    readFile(file).then(
      (body) => {
        send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      },
      () => {
        send(404, 'text/plain', 'not found');
      },
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ready();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
