import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PartnerIndex } from '@flywheel/contract';
import type { Queryable } from '../db/database.js';
import { PARTNER_CARD_COLUMNS, PUBLIC_PARTNER, type PartnerCardRow } from './partner-row.js';
import { toIndexEntry } from './partner-views.js';

const gzipAsync = promisify(gzip);

/** A serialized index, ready to send as is or gzipped; cached per catalog revision and public URL. */
export interface BuiltPartnerIndex {
  readonly etag: string;
  readonly json: Buffer;
  readonly gzip: Buffer;
}

export async function buildPartnerIndex(
  db: Queryable,
  programId: string,
  publicUrl: string,
  now: Date,
): Promise<BuiltPartnerIndex> {
  const { rows } = await db.query<PartnerCardRow>(
    `SELECT ${PARTNER_CARD_COLUMNS} FROM partners p
      WHERE p.program_id = $1 AND ${PUBLIC_PARTNER}
      ORDER BY p.featured DESC, p.tier_rank DESC, p.sort_name COLLATE "C", p.id COLLATE "C"`,
    [programId],
  );
  const data = rows.map((row) => toIndexEntry(row, publicUrl));
  // The ETag depends on content only, so it is stable across restarts and server processes.
  const content = JSON.stringify(data);
  const etag = `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
  const index: PartnerIndex = {
    object: 'partner_index',
    generated_at: now.toISOString(),
    total_count: data.length,
    data,
  };
  const json = Buffer.from(JSON.stringify(index));
  return { etag, json, gzip: await gzipAsync(json, { level: 9 }) };
}
