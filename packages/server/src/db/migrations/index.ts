import { sql as directory } from './0001-directory.js';
import { sql as taxonomyRevision } from './0002-taxonomy-revision.js';
import { sql as embedSessions } from './0003-embed-sessions.js';
import { sql as dealRegistrations } from './0004-deal-registrations.js';
import { sql as overrideReasons } from './0005-override-reasons.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Applied in order, each once, each in its own transaction. Never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'directory', sql: directory },
  { version: 2, name: 'taxonomy-revision', sql: taxonomyRevision },
  { version: 3, name: 'embed-sessions', sql: embedSessions },
  { version: 4, name: 'deal-registrations', sql: dealRegistrations },
  { version: 5, name: 'override-reasons', sql: overrideReasons },
];
