export { buildOpenApiDocument, API_VERSION } from './build-openapi.js';
export { buildApiReference } from './build-api-reference.js';
export {
  operations,
  SCOPES,
  type Operation,
  type OperationId,
  type Credential,
  type Scope,
} from './operations.js';
export { components, type SchemaName } from './components.js';
