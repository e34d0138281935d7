import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, operations } from '@flywheel/contract/openapi';

describe('OpenAPI document', () => {
  it('matches the committed openapi.json (run `pnpm openapi` after changing a schema)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildOpenApiDocument());
  });

  it('declares every operation with a unique id and a documented success response', () => {
    const doc = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; responses: object }>>;
    };
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids).toHaveLength(operations.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('references only schemas it defines', () => {
    const text = JSON.stringify(buildOpenApiDocument());
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    const refs = [...text.matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });
});

describe('API reference', () => {
  it('matches the committed docs/api-reference.md (run `pnpm openapi` after changing a schema)', async () => {
    const { buildApiReference } = await import('@flywheel/contract/openapi');
    const committed = readFileSync(new URL('../../../docs/api-reference.md', import.meta.url), 'utf8');
    expect(committed).toBe(buildApiReference());
  });
});
