import { randomUUID } from 'node:crypto';
import { ContactRequest } from '@flywheel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import { startTestServer, type TestServer } from '../../../test/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // Generous contact limits here; rate-limits.test.ts checks the limit itself.
  server = await startTestServer({ rateLimits: { contact_requests: { quota: 1000, windowSeconds: 600 } } });
});
afterAll(() => server.close());

const valid = {
  name: 'Ana Lima',
  email: 'ana@customer.example',
  company: 'Customer Co',
  message: 'We are moving 40 sales reps to the platform and need help with the data migration.',
  consent: true,
};
const path = '/v1/partners/northwind-revenue-labs/contact_requests';
const post = (body: unknown, key: string = randomUUID(), extra: Record<string, string> = {}) =>
  api(server.url, path, {
    key: server.publishableKey,
    origin: 'http://localhost:5173',
    body,
    headers: { 'idempotency-key': key, ...extra },
  });
const count = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM contact_requests')).rows[0]!.n;

describe('POST /v1/partners/{id}/contact_requests', () => {
  it('stores a valid request and answers 201 without echoing personal data', async () => {
    const before = await count();
    const r = await post(valid);
    expect(r.status).toBe(201);
    const created = ContactRequest.parse(r.json);
    expect(created.status).toBe('received');
    expect(r.text).not.toContain('ana@customer.example');
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(await count()).toBe(before + 1);
    const { rows } = await server.db.query<{ email: string; partner_id: string }>(
      'SELECT email, partner_id FROM contact_requests WHERE id = $1',
      [created.id],
    );
    expect(rows[0]).toEqual({ email: 'ana@customer.example', partner_id: created.partner_id });
  });

  it('requires an Idempotency-Key and validates its format', async () => {
    const missing = await api(server.url, path, { key: server.publishableKey, body: valid });
    expect(missing.status).toBe(400);
    expect(missing.json.code).toBe('idempotency_key_missing');
    const bad = await post(valid, 'not a key!');
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('invalid_request');
  });

  it('replays the first response for a retry with the same key, storing once', async () => {
    const key = randomUUID();
    const before = await count();
    const first = await post(valid, key);
    const retry = await post(valid, key);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await count()).toBe(before + 1);
  });

  it('treats the same key with a different body as a client error', async () => {
    const key = randomUUID();
    await post(valid, key);
    const reused = await post({ ...valid, message: 'Something else entirely.' }, key);
    expect(reused.status).toBe(422);
    expect(reused.json.code).toBe('idempotency_key_reused');
  });

  it('runs concurrent duplicates once: the others are told to retry, then get the replay', async () => {
    const key = randomUUID();
    const before = await count();
    const results = await Promise.all(Array.from({ length: 10 }, () => post(valid, key)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((r) => r.status === 409)) {
      expect(r.json.code).toBe('idempotency_request_in_progress');
      expect(r.headers.get('retry-after')).toBe('1');
    }
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await count()).toBe(before + 1);
    const replay = await post(valid, key);
    expect(replay.status).toBe(201);
    expect(replay.json.id).toBe(results.find((r) => r.status === 201)!.json.id);
  });

  it('answers 422 with a field error per bad field and stores nothing', async () => {
    const before = await count();
    const r = await post({
      ...valid,
      email: 'nope',
      name: '',
      message: 'x'.repeat(2001),
      phone: '12',
      consent: false,
      extra: 1,
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('validation_failed');
    const pointers = r.json.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(['#/consent', '#/email', '#/extra', '#/message', '#/name', '#/phone']);
    expect(await count()).toBe(before);
  });

  it('refuses a __proto__ member without polluting anything', async () => {
    const before = await count();
    const body = `{"name":"A","email":"a@b.example","message":"m","consent":true,"__proto__":{"admin":true}}`;
    const r = await post(body);
    expect(r.status).toBe(422);
    expect(r.json.errors).toContainEqual(
      expect.objectContaining({ pointer: '#/__proto__', code: 'unknown_field' }),
    );
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it('answers malformed JSON, non-objects, wrong media types and huge bodies with 4xx problems', async () => {
    const before = await count();
    expect((await post('{"name": ')).json.code).toBe('invalid_request');
    expect((await post('[1,2]')).json.code).toBe('invalid_request');
    expect((await post('"text"')).status).toBe(400);
    const form = await post('name=a', randomUUID(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const huge = await post({ ...valid, message: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.code).toBe('payload_too_large');
    expect(await count()).toBe(before);
  });

  it('answers 404 for an unknown partner, and stores nothing', async () => {
    const before = await count();
    const r = await api(server.url, '/v1/partners/no-such-partner/contact_requests', {
      key: server.publishableKey,
      body: valid,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(r.status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('keeps XSS-looking text as plain data', async () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const r = await post({ ...valid, name: script, company: script, message: script });
    expect(r.status).toBe(201);
    const { rows } = await server.db.query<{ name: string }>(
      'SELECT name FROM contact_requests WHERE id = $1',
      [r.json.id],
    );
    expect(rows[0]!.name).toBe(script);
  });
});

describe('text the database cannot hold', () => {
  it('a NUL character is a field error, not a server error', async () => {
    const r = await post({ ...valid, name: 'Ana\u0000Lima' });
    expect(r.status).toBe(422);
    expect(r.json.errors).toContainEqual(
      expect.objectContaining({ pointer: '#/name', code: 'invalid_format' }),
    );
  });

  it('a NUL in the partner path is a 404', async () => {
    const r = await api(server.url, '/v1/partners/%00/contact_requests', {
      key: server.publishableKey,
      body: valid,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(r.status).toBe(404);
  });
});
