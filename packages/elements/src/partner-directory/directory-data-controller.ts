import type { PartnerIndexEntry, Taxonomy } from '@flywheel/contract';
import { FlywheelError, isFlywheelError, type DirectorySearch, type FlywheelClient } from '@flywheel/sdk';
import type * as DirectoryChunk from './directory-chunk.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inBackgroundSlices } from '../internal/deferred-work.js';

/** The search engine and the views of the data, imported on demand; a failed load is a retryable network error. */
function loadDirectoryChunk(): Promise<typeof DirectoryChunk> {
  return import('./directory-chunk.js').catch((cause: unknown) => {
    throw new FlywheelError({
      code: 'network_error',
      message: 'The directory search could not be loaded.',
      cause,
    });
  });
}

/** What renders the data: the filter panel and the cards (they came with the search engine). */
export type DirectoryViews = Pick<
  typeof DirectoryChunk,
  'renderFacets' | 'renderCardWindow' | 'renderPartnerCard'
>;

export type DirectoryStatus = 'loading' | 'ready' | 'error' | 'unauthorized' | 'unconfigured';

/**
 * Loads the slim index and the taxonomy once (the SDK revalidates them with ETags) and builds the
 * client-side search over them, so no keystroke ever costs a request. Reloads when the client
 * (API, key or locale) changes; aborts on disconnect.
 */
export class DirectoryDataController implements ReactiveController {
  status: DirectoryStatus = 'loading';
  error: FlywheelError | undefined;
  search: DirectorySearch | undefined;
  views: DirectoryViews | undefined;
  taxonomy: Taxonomy | undefined;
  entries: readonly PartnerIndexEntry[] = [];
  private client: FlywheelClient | undefined;
  private abort: AbortController | undefined;
  /** Stops preparing the search in the background (a new load, or disconnected). */
  private stopPreparing: (() => void) | undefined;
  /** Called once the facet columns are built (see {@link whenFacetsReady}). */
  private readonly facetWaiters = new Set<() => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly currentClient: () => FlywheelClient | undefined,
    private readonly onError: (error: FlywheelError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page with the same client: the data stays, and so must its preparation.
    if (this.search && !this.stopPreparing) this.prepare(this.search);
  }

  hostUpdate(): void {
    const client = this.currentClient();
    if (client === this.client) return;
    this.client = client;
    void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.stopPreparing?.();
    this.stopPreparing = undefined;
    this.facetWaiters.clear();
    this.client = undefined;
  }

  /**
   * Calls `callback` once the search's facet columns are built by the background preparation (so a
   * facet count builds nothing); returns what cancels it.
   */
  whenFacetsReady(callback: () => void): () => void {
    this.facetWaiters.add(callback);
    return () => {
      this.facetWaiters.delete(callback);
    };
  }

  /** Loads again (after an error). */
  retry(): void {
    void this.load();
  }

  /**
   * Builds the facet columns (for the counts), the text index and the other orders after the first
   * screen is painted, in background tasks that yield after 8 ms, so a key pressed meanwhile is
   * handled soon (a query that needs a structure still being built finishes it first). Facet
   * counts waiting for the columns are released after every slice once they exist, also after a
   * slice that failed; one failing count does not hold up the others.
   */
  private prepare(search: DirectorySearch): void {
    this.stopPreparing = inBackgroundSlices(
      (shouldYield) => search.prepare(shouldYield),
      () => {
        if (!search.facetsReady || this.facetWaiters.size === 0) return;
        const waiting = [...this.facetWaiters];
        this.facetWaiters.clear();
        for (const callback of waiting) {
          try {
            callback();
          } catch (error) {
            reportError(error);
          }
        }
      },
    );
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    this.stopPreparing?.();
    this.stopPreparing = undefined;
    this.facetWaiters.clear();
    const client = this.client;
    if (!client) {
      this.status = 'unconfigured';
      this.host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      // The search engine and the views of the data are a chunk of their own, fetched while the
      // index downloads (which takes far longer), so they never delay the widget's first render.
      const [index, taxonomy, { createDirectorySearch, ...views }] = await Promise.all([
        client.partners.index({ signal: abort.signal }),
        client.taxonomy.get({ signal: abort.signal }),
        loadDirectoryChunk(),
      ]);
      if (abort.signal.aborted) return;
      // Hosts (and the benchmark) can time "data there → results painted" from this User Timing mark.
      performance.mark('fw-partner-directory:data-ready');
      const labels = new Map<string, string>();
      for (const vocabulary of ['partner_types', 'industries', 'expertise'] as const) {
        for (const term of taxonomy[vocabulary]) labels.set(term.key, term.label);
      }
      // Search also finds partners by their type, industries and expertise, in the visitor's
      // language and by the English key words.
      const extraText = (entry: PartnerIndexEntry) =>
        [entry.type, ...entry.industries, ...entry.expertise]
          .map((key) => `${labels.get(key) ?? ''} ${key.replaceAll('_', ' ')}`)
          .join(' ');
      const search = createDirectorySearch(index.data, {
        extraText,
        regions: taxonomy.regions.map((r) => r.key),
      });
      this.search = search;
      this.views = views;
      // The first screen needs only the default order; the rest is built after it is painted.
      this.prepare(search);
      this.entries = index.data;
      this.taxonomy = taxonomy;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure = isFlywheelError(error) ? error : undefined;
      this.error = failure;
      this.status = failure?.status === 401 || failure?.status === 403 ? 'unauthorized' : 'error';
      if (failure) this.onError(failure);
    }
    this.host.requestUpdate();
  }
}
