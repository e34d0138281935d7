import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PartnerIndex } from '@flywheel/contract';
import type { Queryable } from '../db/database.js';
import { PARTNER_CARD_COLUMNS, PUBLIC_PARTNER, type PartnerCardRow } from './partner-row.js';
import { toIndexEntry } from './partner-views.js';

const gzipAsync = promisify(gzip);

/** A serialized index, ready to send as is or gzipped. */
export interface BuiltPartnerIndex {
  readonly etag: string;
  readonly json: Buffer;
  readonly gzip: Buffer;
}

/**
 * Serialized partner indexes keyed by (program, catalog revision, public URL). The revision is read
 * from the database on every request (with the API key, no extra query), and database triggers bump
 * it on every partner change, so a cached index is never served after the catalog changed — also when
 * another server process made the change. Derived data only: losing the cache loses nothing.
 */
export class PartnerIndexCache {
  private readonly entries = new Map<string, Promise<BuiltPartnerIndex>>();

  get(
    db: Queryable,
    programId: string,
    revision: number,
    publicUrl: string,
    now: () => Date,
  ): Promise<BuiltPartnerIndex> {
    const id = `${programId}\u0000${revision}\u0000${publicUrl}`;
    let entry = this.entries.get(id);
    if (!entry) {
      // Older revisions of this program will not be asked for again.
      for (const key of this.entries.keys())
        if (key.startsWith(`${programId}\u0000`)) this.entries.delete(key);
      entry = buildPartnerIndex(db, programId, publicUrl, now());
      entry.catch(() => this.entries.delete(id));
      this.entries.set(id, entry);
    }
    return entry;
  }
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
