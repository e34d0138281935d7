/**
 * Deal registrations (api-v1 §2.1.3) and their history. The registration's own fields are one JSON
 * document (`data`); what the duplicate rules and lists query is kept in columns beside it.
 */
export const sql = /* sql */ `
CREATE TABLE deal_registrations (
  id text PRIMARY KEY,
  program_id text NOT NULL REFERENCES programs (id),
  partner_id text NOT NULL REFERENCES partners (id),
  number integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'needs_info', 'approved',
    'rejected', 'withdrawn', 'expired', 'won', 'lost')),
  submitted_by jsonb NOT NULL,
  data jsonb NOT NULL,
  domain_normalized text,
  -- For the duplicate rules: company-name key (NFKC, no punctuation or legal suffix), country, contact email.
  name_key text NOT NULL,
  country text NOT NULL,
  contact_email text NOT NULL,
  duplicate_check jsonb,
  -- Who matched (other partners' registrations): the platform's view only.
  duplicate_matches jsonb NOT NULL DEFAULT '[]',
  protection jsonb,
  decision jsonb,
  info_request jsonb,
  close jsonb,
  resubmission_count integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  approved_at timestamptz,
  closed_at timestamptz,
  UNIQUE (program_id, number)
);
CREATE INDEX deal_registrations_partner ON deal_registrations (program_id, partner_id, created_at DESC);
CREATE INDEX deal_registrations_domain ON deal_registrations (program_id, domain_normalized)
  WHERE domain_normalized IS NOT NULL;

CREATE INDEX deal_registrations_name ON deal_registrations (program_id, name_key, country);
CREATE INDEX deal_registrations_contact ON deal_registrations (program_id, contact_email);

-- Rule D3: the platform's own customers and open opportunities (PUT /v1/protected_accounts).
CREATE TABLE protected_accounts (
  program_id text NOT NULL REFERENCES programs (id),
  domain text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('existing_customer', 'vendor_opportunity')),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (program_id, domain)
);

CREATE TABLE deal_registration_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  deal_registration_id text NOT NULL REFERENCES deal_registrations (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  from_status text,
  to_status text,
  message text
);
CREATE INDEX deal_registration_events_deal ON deal_registration_events (deal_registration_id, id);
`;
