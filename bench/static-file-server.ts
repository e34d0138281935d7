import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file served from memory, with the headers the real server sent for it. */
export interface StaticFile {
  /** Matched against the request's path without the query string. */
  readonly path: string;
  readonly body: Buffer;
  /** Response headers of the `200` (e.g. `Content-Encoding: gzip` when `body` is pre-gzipped). */
  readonly headers: Readonly<Record<string, string>>;
  /** When set, `If-None-Match` with this value is answered `304` with `notModifiedHeaders`. */
  readonly etag?: string | undefined;
  readonly notModifiedHeaders?: Readonly<Record<string, string>> | undefined;
}

/**
 * The physical floor: a minimal `node:http` server that answers from memory with bytes prepared in
 * advance — no routing framework, no database, no serialization, no compression at request time.
 */
export async function startStaticFileServer(
  files: readonly StaticFile[],
): Promise<{ url: string; close(): Promise<void> }> {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const file = byPath.get(query === -1 ? url : url.slice(0, query));
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (file.etag !== undefined && req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, file.notModifiedHeaders ?? {}).end();
      return;
    }
    res.writeHead(200, { ...file.headers, 'Content-Length': String(file.body.length) }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
