import * as z from 'zod/mini';
import { PartnerId, Timestamp, prefixedId } from './primitives.js';

/** What a partner session may be granted (a subset is chosen when it is minted). */
export const PARTNER_SESSION_SCOPES = ['deals:read', 'deals:write', 'profile:read'] as const;
export type PartnerSessionScope = (typeof PARTNER_SESSION_SCOPES)[number];

/** Default and longest lifetime of an embed session, in seconds (api-v1 §2.3). */
export const SESSION_DEFAULT_SECONDS = 900;
export const SESSION_MAX_SECONDS = 3600;

export const EmbedSessionId = prefixedId('ses');

/** An exact web origin: scheme, host and port only (`https://portal.example`, no path, no wildcard). */
export const WebOrigin = z
  .string()
  .check(
    z.regex(
      /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/,
      'Expected an origin such as https://portal.example (lower case, no path)',
    ),
  );

/** The partner user the session acts for: an id from the minting backend's own user store. */
const partnerUserShape = {
  external_id: z.string().check(z.trim(), z.minLength(1, 'Required'), z.maxLength(200)),
  email: z.optional(z.email().check(z.maxLength(254))),
  name: z.optional(z.string().check(z.trim(), z.minLength(1, 'Required'), z.maxLength(200))),
};
export const PartnerUser = z.object(partnerUserShape);
export type PartnerUser = z.infer<typeof PartnerUser>;

/**
 * `POST /v1/embed_sessions` body. With a secret key, `partner_id` names the partner; with a partner
 * key (`sk_partner_…`) it may be left out and can only be the key's own partner.
 */
export const EmbedSessionCreate = z.strictObject({
  kind: z.literal('partner'),
  partner_id: z.optional(PartnerId),
  partner_user: z.strictObject(partnerUserShape),
  scopes: z.array(z.enum(PARTNER_SESSION_SCOPES)).check(z.minLength(1, 'Choose at least one scope')),
  /** Where the session may be used from; each must be allowed for the minting key. */
  allowed_origins: z.array(WebOrigin).check(z.minLength(1, 'Name at least one origin'), z.maxLength(10)),
  /** Lifetime in seconds: 60–3600, default 900. */
  expires_in: z.optional(z.int().check(z.minimum(60), z.maximum(SESSION_MAX_SECONDS))),
});
export type EmbedSessionCreate = z.input<typeof EmbedSessionCreate>;

/** A minted session. `client_secret` (`ps_…`) is returned once, when it is created. */
export const EmbedSession = z.object({
  id: EmbedSessionId,
  object: z.literal('embed_session'),
  kind: z.union([z.literal('partner'), z.string()]),
  client_secret: z.optional(z.string()),
  partner_id: PartnerId,
  partner_user: PartnerUser,
  scopes: z.array(z.string()),
  allowed_origins: z.array(z.string()),
  livemode: z.boolean(),
  created_at: Timestamp,
  expires_at: Timestamp,
  revoked_at: z.nullable(Timestamp),
});
export type EmbedSession = z.infer<typeof EmbedSession>;

/** `GET /v1/me`: what the credential of the request is and may do (widgets decide what to show). */
export const Me = z.object({
  object: z.literal('me'),
  credential_type: z.union([
    z.enum(['publishable_key', 'secret_key', 'partner_key', 'partner_session']),
    z.string(),
  ]),
  program_id: z.string(),
  livemode: z.boolean(),
  scopes: z.array(z.string()),
  partner_id: z.nullable(PartnerId),
  partner_user: z.nullable(PartnerUser),
  expires_at: z.nullable(Timestamp),
});
export type Me = z.infer<typeof Me>;
