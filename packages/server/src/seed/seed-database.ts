import { DEFAULT_VOCABULARIES, PROGRAM_VOCABULARIES } from '@flywheel/contract';
import type { Database, Queryable } from '../db/database.js';
import { hashToken } from '../middleware/authenticate.js';
import { writeCatalog } from '../catalog/catalog-writer.js';
import { generateCatalog } from './generate-catalog.js';
import { GOLDEN_PARTNERS } from './golden-partners.js';
import { seedDealHistory } from './seed-deal-history.js';
import { SEED_PROTECTED_ACCOUNTS, generateDeals } from './generate-deals.js';
import { encodeUlid } from './ulid.js';
import { checkDuplicates } from '../deals/duplicate-rules.js';
import { dealMatchKeys, duplicateSubject } from '../deals/match-keys.js';
import { TAXONOMY_LABELS } from './taxonomy-labels.js';
import { SEED_NOW } from './seed-clock.js';

/** The demo program's fixed identity and test keys (README: for local use only). */
export const DEMO_PROGRAM = { id: 'prog_01JX0000000000000000000DEM', name: 'Flywheel demo program' } as const;
export const DEMO_KEYS = {
  publishable: {
    id: 'key_01JX00000000000000000000PK',
    token: 'pk_test_demo',
    origins: ['http://localhost:*', 'http://127.0.0.1:*'],
  },
  secret: {
    id: 'key_01JX00000000000000000000SK',
    token: 'sk_test_demo',
    // The origins it may mint partner sessions for.
    origins: ['http://localhost:*', 'http://127.0.0.1:*'],
  },
} as const;

/**
 * One partner key per active golden partner (a partner's own portal backend mints sessions with it):
 * `sk_partner_test_<slug with underscores>`, allowed to mint sessions for local origins.
 */
export function demoPartnerKey(slug: string): { id: string; token: string; origins: readonly string[] } {
  const name = slug.replaceAll('-', '_');
  return {
    id: `key_partner_${name}`,
    token: `sk_partner_test_${name}`,
    origins: DEMO_KEYS.secret.origins,
  };
}

export interface SeedResult {
  programId: string;
  partners: number;
  listings: number;
  integrations: number;
  publishableKey: string;
  secretKey: string;
}

/** Whether any program exists: a fresh database is seeded on first start. */
export async function isSeeded(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM programs');
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * (Re)creates the demo program: its keys, vocabularies with labels, and a deterministic catalog of
 * `partners` partners. Replaces anything the demo program had, in one transaction.
 */
export async function seedDatabase(
  db: Database,
  options: { seed: number; partners: number; now?: Date },
): Promise<SeedResult> {
  const catalog = generateCatalog(options);
  const programId = DEMO_PROGRAM.id;
  await db.transaction(async (tx) => {
    for (const table of [
      'deal_registrations',
      'embed_sessions',
      'contact_requests',
      'api_keys',
      'listings',
      'partners',
      'taxonomy_terms',
    ]) {
      if (table === 'listings') {
        await tx.query(
          'DELETE FROM partner_integrations WHERE listing_id IN (SELECT id FROM listings WHERE program_id = $1)',
          [programId],
        );
      }
      await tx.query(`DELETE FROM ${table} WHERE program_id = $1`, [programId]);
    }
    await tx.query('DELETE FROM idempotency_records WHERE program_id = $1', [programId]);
    await tx.query('DELETE FROM protected_accounts WHERE program_id = $1', [programId]);
    await tx.query(
      `INSERT INTO programs (id, name, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
      [programId, DEMO_PROGRAM.name, SEED_NOW],
    );
    await tx.query(
      `INSERT INTO api_keys (id, program_id, kind, token_hash, token_hint, allowed_origins, created_at)
       VALUES ($1, $2, 'publishable', $3, $4, $5, $6), ($7, $2, 'secret', $8, $9, $10, $6)`,
      [
        DEMO_KEYS.publishable.id,
        programId,
        hashToken(DEMO_KEYS.publishable.token),
        DEMO_KEYS.publishable.token.slice(-4),
        DEMO_KEYS.publishable.origins,
        SEED_NOW,
        DEMO_KEYS.secret.id,
        hashToken(DEMO_KEYS.secret.token),
        DEMO_KEYS.secret.token.slice(-4),
        DEMO_KEYS.secret.origins,
      ],
    );
    const terms = PROGRAM_VOCABULARIES.flatMap((vocabulary) =>
      DEFAULT_VOCABULARIES[vocabulary].map((key, position) => ({
        vocabulary,
        key,
        position,
        labels: TAXONOMY_LABELS[vocabulary][key],
      })),
    );
    await tx.query(
      `INSERT INTO taxonomy_terms (program_id, vocabulary, key, position, labels)
       SELECT $2::text, x.vocabulary, x.key, x.position, x.labels
       FROM jsonb_to_recordset($1::jsonb) AS x(vocabulary text, key text, position int, labels jsonb)`,
      [JSON.stringify(terms), programId],
    );
    await writeCatalog(tx, programId, catalog);
    const partnerKeys = GOLDEN_PARTNERS.filter((spec) => spec.status === 'active').map((spec) => ({
      ...demoPartnerKey(spec.slug),
      partnerId: catalog.partners.find((partner) => partner.slug === spec.slug)!.id,
    }));
    await tx.query(
      `INSERT INTO api_keys (id, program_id, kind, partner_id, token_hash, token_hint, allowed_origins, created_at)
       SELECT x.id, $2::text, 'partner', x.partner_id, x.token_hash, x.token_hint, x.allowed_origins, $3::timestamptz
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, partner_id text, token_hash text, token_hint text, allowed_origins text[])`,
      [
        JSON.stringify(
          partnerKeys.map((key) => ({
            id: key.id,
            partner_id: key.partnerId,
            token_hash: hashToken(key.token),
            token_hint: key.token.slice(-4),
            allowed_origins: key.origins,
          })),
        ),
        programId,
        SEED_NOW,
      ],
    );
    await seedDeals(tx, programId, catalog, options.now ?? new Date());
  });
  return {
    programId,
    partners: catalog.partners.length,
    listings: catalog.listings.length,
    integrations: catalog.integrations.length,
    publishableKey: DEMO_KEYS.publishable.token,
    secretKey: DEMO_KEYS.secret.token,
  };
}

/**
 * The golden partners' deal registrations (see generate-deals.ts) and the platform's protected
 * accounts; then the duplicate rules run over every submitted one, as they would have at submission.
 */
async function seedDeals(
  tx: Queryable,
  programId: string,
  catalog: ReturnType<typeof generateCatalog>,
  now: Date,
): Promise<void> {
  const active = GOLDEN_PARTNERS.filter((spec) => spec.status === 'active').map((spec) => spec.slug);
  const idOf = new Map(catalog.partners.map((partner) => [partner.slug, partner.id]));
  const deals = generateDeals(active, now).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const rows = deals.map((deal, index) => {
    const keys = dealMatchKeys(deal.data);
    return {
      id: `dreg_${encodeUlid(Date.parse(deal.createdAt), new Uint8Array(10).fill(index))}`,
      partner_id: idOf.get(deal.partnerSlug)!,
      number: index + 1,
      status: deal.status,
      submitted_by: { external_id: `seed-user-${deal.partnerSlug}`, name: 'Demo partner user' },
      data: deal.data,
      domain_normalized: keys.domainNormalized,
      name_key: keys.nameKey,
      country: keys.country,
      contact_email: keys.contactEmail,
      duplicate_check: deal.duplicateCheck,
      protection: deal.protection,
      decision: deal.decision,
      info_request: deal.infoRequest,
      close: deal.close,
      created_at: deal.createdAt,
      submitted_at: deal.submittedAt,
      approved_at: deal.approvedAt,
      closed_at: deal.closedAt,
    };
  });
  await tx.query(
    `INSERT INTO deal_registrations (id, program_id, partner_id, number, status, submitted_by, data, domain_normalized,
       name_key, country, contact_email, duplicate_check, protection, decision, info_request, close, created_at,
       updated_at, submitted_at, approved_at, closed_at)
     SELECT x.id, $2::text, x.partner_id, x.number, x.status, x.submitted_by, x.data, x.domain_normalized, x.name_key,
            x.country, x.contact_email, x.duplicate_check, x.protection, x.decision, x.info_request, x.close,
            x.created_at, x.created_at, x.submitted_at, x.approved_at, x.closed_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, partner_id text, number int, status text, submitted_by jsonb,
            data jsonb, domain_normalized text, name_key text, country text, contact_email text, duplicate_check jsonb,
            protection jsonb, decision jsonb, info_request jsonb, close jsonb, created_at timestamptz,
            submitted_at timestamptz, approved_at timestamptz, closed_at timestamptz)`,
    [JSON.stringify(rows), programId],
  );
  const events = deals.flatMap((deal, index) =>
    seedDealHistory(deal).map((event) => ({ deal_registration_id: rows[index]!.id, ...event })),
  );
  await tx.query(
    `INSERT INTO deal_registration_events (deal_registration_id, at, actor, action, from_status, to_status, message)
     SELECT x.deal_registration_id, x.at, x.actor, x.action, x.from_status, x.to_status, x.message
       FROM jsonb_to_recordset($1::jsonb) AS x(deal_registration_id text, at timestamptz, actor text, action text,
            from_status text, to_status text, message text)`,
    [JSON.stringify(events)],
  );
  await tx.query(
    `INSERT INTO protected_accounts (program_id, domain, kind, updated_at)
     SELECT $1, x.domain, x.kind, $3 FROM jsonb_to_recordset($2::jsonb) AS x(domain text, kind text)`,
    [programId, JSON.stringify(SEED_PROTECTED_ACCOUNTS), now.toISOString()],
  );
  for (const row of rows) {
    if (row.submitted_at === null) continue;
    const outcome = await checkDuplicates(
      tx,
      programId,
      duplicateSubject(row.id, row.partner_id, row.data),
      new Date(row.submitted_at),
    );
    await tx.query(
      'UPDATE deal_registrations SET duplicate_check = $2, duplicate_matches = $3 WHERE id = $1',
      [
        row.id,
        JSON.stringify({ status: outcome.status, checked_at: row.submitted_at, reasons: outcome.reasons }),
        JSON.stringify(outcome.matches),
      ],
    );
  }
}
