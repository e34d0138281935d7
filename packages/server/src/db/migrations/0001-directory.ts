/**
 * The directory schema: programs and their keys, vocabularies, partners, listings, integrations,
 * contact requests, and the correctness state that must be shared by every server process
 * (idempotency records, rate-limit windows).
 */
export const sql = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE programs (
  id text PRIMARY KEY,
  name text NOT NULL,
  -- Bumped by triggers on every partner change: the directory index's cache key.
  catalog_revision bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  kind text NOT NULL CHECK (kind IN ('publishable', 'secret')),
  -- Only a SHA-256 of the token is stored; the hint is its last characters, for people.
  token_hash text NOT NULL UNIQUE,
  token_hint text NOT NULL,
  livemode boolean NOT NULL DEFAULT false,
  allowed_origins text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE taxonomy_terms (
  program_id text NOT NULL REFERENCES programs (id),
  vocabulary text NOT NULL,
  key text NOT NULL,
  -- Order within the vocabulary; for tiers it is the rank.
  position integer NOT NULL,
  labels jsonb NOT NULL,
  PRIMARY KEY (program_id, vocabulary, key)
);

CREATE TABLE partners (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  slug text NOT NULL,
  name text NOT NULL,
  -- Lower-cased name compared bytewise, so ordering is identical on every database and locale.
  sort_name text NOT NULL,
  type text NOT NULL,
  tier text NOT NULL,
  tier_rank integer NOT NULL,
  tier_evaluated_at timestamptz,
  hq_country text NOT NULL,
  hq_region text NOT NULL,
  hq_city text,
  regions text[] NOT NULL,
  countries_served text[] NOT NULL,
  languages text[] NOT NULL,
  industries text[] NOT NULL,
  expertise text[] NOT NULL,
  certifications jsonb NOT NULL,
  certification_keys text[] NOT NULL,
  certified_people_count integer NOT NULL,
  has_logo boolean NOT NULL,
  website text,
  summary text NOT NULL,
  description text NOT NULL,
  company_size text,
  founded_year integer,
  -- Ratings in tenths (43 = 4.3): exact in every driver, unlike float4.
  rating_x10 smallint,
  rating_count integer,
  featured boolean NOT NULL,
  badges text[] NOT NULL,
  contact jsonb NOT NULL,
  joined_at timestamptz NOT NULL,
  status text NOT NULL,
  listed boolean NOT NULL,
  metadata jsonb NOT NULL DEFAULT '{}',
  search_document tsvector NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (program_id, slug)
);
CREATE INDEX partners_public ON partners (program_id) WHERE status = 'active' AND listed;
CREATE INDEX partners_search ON partners USING gin (search_document);
CREATE INDEX partners_name_trgm ON partners USING gin (sort_name gin_trgm_ops);

CREATE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE programs SET catalog_revision = catalog_revision + 1
  WHERE id IN (SELECT DISTINCT program_id FROM changed_rows);
  RETURN NULL;
END;
$$;
CREATE TRIGGER partners_inserted AFTER INSERT ON partners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER partners_updated AFTER UPDATE ON partners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER partners_deleted AFTER DELETE ON partners
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();

CREATE TABLE listings (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  slug text NOT NULL,
  name text NOT NULL,
  tagline text NOT NULL,
  primary_category text NOT NULL,
  categories text[] NOT NULL,
  built_by_type text NOT NULL,
  built_by_partner_id text REFERENCES partners (id),
  pricing_model text NOT NULL,
  pricing_summary text,
  rating_x10 smallint,
  rating_count integer,
  install_count integer NOT NULL,
  status text NOT NULL,
  published_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (program_id, slug)
);

CREATE TABLE partner_integrations (
  partner_id text NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  listing_id text NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
  role text NOT NULL,
  PRIMARY KEY (partner_id, listing_id, role)
);
CREATE INDEX partner_integrations_listing ON partner_integrations (listing_id);

CREATE TABLE contact_requests (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  partner_id text NOT NULL REFERENCES partners (id),
  api_key_id text NOT NULL REFERENCES api_keys (id),
  name text NOT NULL,
  email text NOT NULL,
  company text,
  phone text,
  country text,
  message text NOT NULL,
  status text NOT NULL DEFAULT 'received',
  consented_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX contact_requests_partner ON contact_requests (partner_id, created_at);

CREATE TABLE idempotency_records (
  program_id text NOT NULL,
  principal text NOT NULL,
  method text NOT NULL,
  route text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  -- Set while the first request runs; a crashed request's lock lapses and a retry takes over.
  locked_until timestamptz,
  response_status integer,
  response_headers jsonb,
  response_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (program_id, principal, method, route, key)
);
CREATE INDEX idempotency_records_expiry ON idempotency_records (expires_at);

CREATE TABLE rate_limit_windows (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
`;
