import type { DealFormValues } from './deal-form-values.js';

/**
 * A submission the partner started: the exact body and the Idempotency-Key(s) it is sent with. Kept
 * with the draft until the server confirmed it, so a retry — after a network fault, a reload or a
 * second click — repeats the same request and cannot register the deal twice.
 */
export interface PendingSubmission {
  /** The JSON body as sent (a changed body is a new submission with a new key). */
  body: string;
  /** `POST /v1/deal_registrations` (new) or `PATCH` (editing after "needs info"). */
  key: string;
  /** Editing only: the `submit` action's key and the version the edit was based on. */
  submitKey?: string;
  version?: number;
  /** It has been sent at least once (its outcome may be stored on the server already). */
  sent?: boolean;
}

export interface StoredDraft {
  savedAt: string;
  values: DealFormValues;
  submission?: PendingSubmission;
}

const PREFIX = 'flywheel:deal-draft:v1:';
/** Drafts nobody came back to within this time are dropped when read. */
const MAX_AGE_MS = 30 * 86_400_000;

/**
 * The deal form's draft on this device (localStorage), one per program, partner, partner user and
 * registration. It holds only what the partner typed and the pending submission — never a session
 * secret or any other token. Without storage (private mode, blocked, full) the form works without drafts.
 */
export class DealDraftStore {
  private readonly key: string;

  constructor(scope: {
    programId: string;
    partnerId: string;
    userId: string;
    registrationId?: string | undefined;
  }) {
    this.key = `${PREFIX}${[scope.programId, scope.partnerId, scope.userId, scope.registrationId ?? 'new']
      .map(encodeURIComponent)
      .join(':')}`;
  }

  load(now = Date.now()): StoredDraft | undefined {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    try {
      // Whatever is stored came from an earlier page, maybe an older version: check its shape.
      const draft = JSON.parse(raw) as Partial<StoredDraft> | null;
      const age = now - Date.parse(String(draft?.savedAt));
      if (!draft?.savedAt || typeof draft.values !== 'object' || !(age < MAX_AGE_MS)) {
        this.clear();
        return undefined;
      }
      return draft as StoredDraft;
    } catch {
      this.clear();
      return undefined;
    }
  }

  /** Returns false when the device would not store it. */
  save(draft: StoredDraft): boolean {
    try {
      localStorage.setItem(this.key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
