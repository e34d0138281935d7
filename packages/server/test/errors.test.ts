import { Problem } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('problem responses', () => {
  it('unknown endpoints are a 404 problem', async () => {
    const r = await api(server.url, '/v1/nope', { key: server.publishableKey });
    expect(r.status).toBe(404);
    expect(Problem.parse(r.json).code).toBe('not_found');
  });

  it('a known path with the wrong method is a 405 that names the allowed methods', async () => {
    const r = await api(server.url, '/v1/partners', { key: server.publishableKey, method: 'DELETE' });
    expect(r.status).toBe(405);
    expect(r.json.code).toBe('method_not_allowed');
    expect(r.headers.get('allow')).toBe('GET');
  });

  it('every response carries a request id, echoed in problem bodies', async () => {
    const ok = await api(server.url, '/v1/taxonomy', { key: server.publishableKey });
    expect(ok.headers.get('request-id')).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
    const bad = await api(server.url, '/v1/partners?colour=red', { key: server.publishableKey });
    expect(bad.status).toBe(400);
    expect(bad.json.request_id).toBe(bad.headers.get('request-id'));
    expect(bad.json).toMatchObject({
      type: 'https://flywheel.dev/problems/invalid_request',
      title: expect.any(String),
      status: 400,
      instance: '/v1/partners',
    });
  });

  it('the health check answers without a key', async () => {
    const r = await api(server.url, '/health');
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('ok');
  });
});
