import type { Queryable } from '../db/database.js';

/** What the rules compare of a registration. */
export interface DuplicateSubject {
  /** The registration itself (never its own duplicate); absent for a pre-check. */
  readonly id?: string | undefined;
  readonly partnerId: string;
  /** Registrable domain, `null` when none or free-mail. */
  readonly domain: string | null;
  readonly nameKey: string;
  readonly country: string;
  readonly contactEmail: string | null;
}

export type MatchType =
  'domain' | 'company_name' | 'contact_email' | 'existing_customer' | 'vendor_opportunity';

/** A match, as the platform sees it (partners see only `match_type`s). */
export interface DuplicateMatch {
  readonly match_type: MatchType;
  readonly severity: 'conflict' | 'possible';
  readonly deal_registration_id: string | null;
  readonly partner_id: string | null;
  readonly status_of_match: string | null;
  readonly submitted_at: string | null;
}

export interface DuplicateOutcome {
  /** Rule D1: the partner's own live registration of the same customer. */
  readonly ownDuplicateId: string | undefined;
  readonly status: 'clear' | 'possible_duplicate' | 'conflict';
  readonly reasons: MatchType[];
  readonly matches: DuplicateMatch[];
}

const LIVE = ['draft', 'submitted', 'under_review', 'needs_info', 'approved'];
const PENDING = ['submitted', 'under_review', 'needs_info'];

interface OtherRow {
  id: string;
  partner_id: string;
  status: string;
  domain_normalized: string | null;
  name_key: string;
  country: string;
  contact_email: string;
  submitted_at: Date | string | null;
  protection_expires_at: string | null;
}

/**
 * Rules D1–D4 of api-v1 §2.1.3 for one customer:
 * D1 the same partner's live registration (same domain, or same name and country without a domain);
 * D2 another partner's approved, still protected registration of the domain (conflict);
 * D3 the domain is one of the platform's protected accounts (conflict);
 * D4 another partner's pending registration with the domain, the contact email, or name and country
 * (possible duplicate; the earliest submitted first).
 */
export async function checkDuplicates(
  db: Queryable,
  programId: string,
  subject: DuplicateSubject,
  now: Date,
): Promise<DuplicateOutcome> {
  const { rows } = await db.query<OtherRow>(
    `SELECT id, partner_id, status, domain_normalized, name_key, country, contact_email, submitted_at,
            protection->>'expires_at' AS protection_expires_at
       FROM deal_registrations
      WHERE program_id = $1 AND id <> $2 AND status = ANY ($3)
        AND (($4::text IS NOT NULL AND domain_normalized = $4)
             OR (name_key = $5 AND country = $6)
             OR ($7::text IS NOT NULL AND contact_email = $7))
      ORDER BY submitted_at NULLS LAST, created_at`,
    [
      programId,
      subject.id ?? '',
      LIVE,
      subject.domain,
      subject.nameKey,
      subject.country,
      subject.contactEmail,
    ],
  );
  const sameDomain = (row: OtherRow) => subject.domain !== null && row.domain_normalized === subject.domain;
  const sameName = (row: OtherRow) => row.name_key === subject.nameKey && row.country === subject.country;

  const own = rows.find(
    (row) =>
      row.partner_id === subject.partnerId && (sameDomain(row) || (subject.domain === null && sameName(row))),
  );
  const matches: DuplicateMatch[] = [];
  const match = (row: OtherRow | null, type: MatchType, severity: 'conflict' | 'possible') =>
    matches.push({
      match_type: type,
      severity,
      deal_registration_id: row?.id ?? null,
      partner_id: row?.partner_id ?? null,
      status_of_match: row?.status ?? null,
      submitted_at: row?.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    });
  for (const row of rows) {
    if (row.partner_id === subject.partnerId) continue;
    const protectedNow =
      row.status === 'approved' &&
      row.protection_expires_at !== null &&
      Date.parse(row.protection_expires_at) > now.getTime();
    if (protectedNow && sameDomain(row)) match(row, 'domain', 'conflict');
    if (PENDING.includes(row.status)) {
      if (sameDomain(row)) match(row, 'domain', 'possible');
      else if (subject.contactEmail !== null && row.contact_email === subject.contactEmail)
        match(row, 'contact_email', 'possible');
      else if (sameName(row)) match(row, 'company_name', 'possible');
    }
  }
  if (subject.domain !== null) {
    const { rows: accounts } = await db.query<{ kind: 'existing_customer' | 'vendor_opportunity' }>(
      'SELECT kind FROM protected_accounts WHERE program_id = $1 AND domain = $2',
      [programId, subject.domain],
    );
    for (const account of accounts) match(null, account.kind, 'conflict');
  }
  const conflict = matches.some((m) => m.severity === 'conflict');
  return {
    ownDuplicateId: own?.id,
    status: conflict ? 'conflict' : matches.length > 0 ? 'possible_duplicate' : 'clear',
    reasons: [...new Set(matches.map((m) => m.match_type))],
    matches,
  };
}
