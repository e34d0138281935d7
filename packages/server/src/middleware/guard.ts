import type { Scope } from '@flywheel/contract/openapi';
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { AppEnv } from '../http/app-env.js';
import { authenticate, requireScope } from './authenticate.js';
import { locale } from './locale.js';
import { rateLimit, type RateLimitPolicyName } from './rate-limit.js';

/**
 * The chain every API operation runs before its handler: who is calling (and from where), how
 * often, with which scope (`null`: any credential), in which language.
 */
export function guard(scope: Scope | null, policy?: RateLimitPolicyName): MiddlewareHandler<AppEnv> {
  if (scope === null) return every(authenticate(), rateLimit(policy), locale());
  return every(authenticate(), rateLimit(policy), requireScope(scope), locale());
}
