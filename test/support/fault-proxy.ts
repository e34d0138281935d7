import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Faults a real HTTP proxy can inflict on one request. The proxy forwards everything else untouched
 * to the real server, so the client under test talks real HTTP to a real server through real sockets.
 */
export type Fault =
  /** Answer without forwarding. */
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: string }
  /** Close the connection before the request reaches the server. */
  | { kind: 'drop-request' }
  /** Forward, let the server finish (and commit), then close the connection without answering. */
  | { kind: 'drop-response' }
  /** Forward after a pause. */
  | { kind: 'delay'; ms: number }
  /** Forward, then send the server's status and headers with a corrupted (truncated) JSON body. */
  | { kind: 'corrupt-body' }
  /** Forward, then replace the body with another (valid JSON of the wrong shape, say). */
  | { kind: 'replace-body'; body: string };

export interface ProxiedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  fault: Fault['kind'] | null;
  /** Status the client received, or null when the connection was dropped. */
  status: number | null;
}

interface Rule {
  matches: (method: string, path: string) => boolean;
  faults: Fault[];
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  private readonly rules: Rule[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly target: URL,
  ) {}

  static async start(target: string): Promise<FaultProxy> {
    const ready: { proxy?: FaultProxy } = {};
    const server = createServer((req, res) => {
      void ready.proxy!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    ready.proxy = new FaultProxy(server, `http://127.0.0.1:${port}`, new URL(target));
    return ready.proxy;
  }

  /** Applies `faults`, one each, to the next requests whose method and path start match. */
  inject(method: string, pathPrefix: string, ...faults: Fault[]): void {
    this.rules.push({
      matches: (m, path) => m === method && path.startsWith(pathPrefix),
      faults: [...faults],
    });
  }

  /** Requests seen for a method and path prefix. */
  seen(method: string, pathPrefix: string): ProxiedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
  }

  reset(): void {
    this.rules.length = 0;
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
      this.server.closeAllConnections();
    });
  }

  private nextFault(method: string, path: string): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.faults.length > 0 && rule.matches(method, path)) return rule.faults.shift();
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = this.nextFault(method, path);
    const record: ProxiedRequest = {
      method,
      path,
      headers: req.headers,
      fault: fault?.kind ?? null,
      status: null,
    };
    this.requests.push(record);
    const body = await readBody(req);

    if (fault?.kind === 'respond') {
      record.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(fault.body ?? '');
      return;
    }
    if (fault?.kind === 'drop-request') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (res.destroyed || req.socket.destroyed) return;

    let upstream: IncomingMessage;
    try {
      upstream = await new Promise<IncomingMessage>((resolve, reject) => {
        const headers = { ...req.headers, host: this.target.host };
        const out = forward(new URL(path, this.target), { method, headers }, resolve);
        out.on('error', reject);
        out.end(body);
      });
    } catch {
      res.writeHead(502).end();
      return;
    }
    const upstreamBody = await readBody(upstream);
    if (fault?.kind === 'drop-response') {
      req.socket.destroy();
      return;
    }
    const headers = { ...upstream.headers };
    let payload = upstreamBody;
    if (fault?.kind === 'corrupt-body' || fault?.kind === 'replace-body') {
      // Hand the client plain bytes: drop the encoding and length of the original.
      delete headers['content-encoding'];
      delete headers['content-length'];
      delete headers.etag;
      payload = Buffer.from(fault.kind === 'replace-body' ? fault.body : '{"object":"list","data":[{"id":');
    }
    record.status = upstream.statusCode ?? 502;
    res.writeHead(record.status, headers);
    res.end(payload);
  }
}
