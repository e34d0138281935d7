/**
 * Partner keys (`sk_partner_…`: one partner's portal backend) and embed sessions (`ps_…`: short-lived,
 * scoped, origin-bound credentials for embedded widgets). Sessions live in the database, so any number
 * of server processes on one PostgreSQL agree on them, and on their revocation.
 */
export const sql = /* sql */ `
ALTER TABLE api_keys DROP CONSTRAINT api_keys_kind_check;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_kind_check CHECK (kind IN ('publishable', 'secret', 'partner'));
ALTER TABLE api_keys ADD COLUMN partner_id text REFERENCES partners (id);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_partner_key CHECK ((kind = 'partner') = (partner_id IS NOT NULL));

CREATE TABLE embed_sessions (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  kind text NOT NULL CHECK (kind IN ('partner')),
  partner_id text NOT NULL REFERENCES partners (id),
  partner_user jsonb NOT NULL,
  scopes text[] NOT NULL,
  allowed_origins text[] NOT NULL,
  -- Only a SHA-256 of the client secret is stored.
  token_hash text NOT NULL UNIQUE,
  minted_by_key_id text NOT NULL REFERENCES api_keys (id),
  livemode boolean NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX embed_sessions_partner ON embed_sessions (program_id, partner_id, created_at);
-- Preflights ask whether any live session allows an origin.
CREATE INDEX embed_sessions_live ON embed_sessions (expires_at) WHERE revoked_at IS NULL;
`;
