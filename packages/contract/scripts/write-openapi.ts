import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiReference, buildOpenApiDocument } from '../src/openapi/index.js';
import { browserSchemaModules } from '../src/openapi/build-browser-schemas.js';

/** Writes the contract's generated artifacts: openapi.json, docs/api-reference.md and the browser schemas. */
const targets = [
  [new URL('../openapi.json', import.meta.url), `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`],
  [new URL('../../../docs/api-reference.md', import.meta.url), buildApiReference()],
  [new URL('../src/generated/json-schemas.ts', import.meta.url), browserSchemaModules().main],
  [new URL('../src/generated/deal-json-schemas.ts', import.meta.url), browserSchemaModules().deals],
] as const;
for (const [url, text] of targets) {
  const path = fileURLToPath(url);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
