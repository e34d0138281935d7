/**
 * Values derived from one program's catalog, kept per catalog revision. Triggers bump the revision on
 * every change to partners or vocabularies, and every request reads the current revision with its API
 * key, so a cached value is never used after the data under it changed — also when another server
 * process made the change. Only derived data lives here; losing it loses nothing.
 */
export class RevisionCache<T> {
  private readonly entries = new Map<string, { revision: number; value: Promise<T> }>();

  get(programId: string, revision: number, variant: string, build: () => Promise<T>): Promise<T> {
    const key = `${programId}\u0000${variant}`;
    const entry = this.entries.get(key);
    if (entry && entry.revision === revision) return entry.value;
    const value = build();
    this.entries.set(key, { revision, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
