import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiReference, buildOpenApiDocument } from '../src/openapi/index.js';

/** Writes both generated artifacts of the contract: openapi.json and docs/api-reference.md. */
const targets = [
  [new URL('../openapi.json', import.meta.url), `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`],
  [new URL('../../../docs/api-reference.md', import.meta.url), buildApiReference()],
] as const;
for (const [url, text] of targets) {
  const path = fileURLToPath(url);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
