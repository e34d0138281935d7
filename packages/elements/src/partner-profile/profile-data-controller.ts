import type { Partner, Taxonomy } from '@flywheel/contract';
import { isFlywheelError, type FlywheelClient, type FlywheelError } from '@flywheel/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ProfileStatus = 'loading' | 'ready' | 'not_found' | 'error' | 'unauthorized' | 'unconfigured';

/** Loads one partner (with its integrations) and the taxonomy for labels; reloads when slug or client change. */
export class ProfileDataController implements ReactiveController {
  status: ProfileStatus = 'loading';
  partner: Partner | undefined;
  taxonomy: Taxonomy | undefined;
  error: FlywheelError | undefined;
  private loadedFor: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { client: FlywheelClient | undefined; slug: string | undefined },
    private readonly onError: (error: FlywheelError) => void,
  ) {
    host.addController(this);
  }

  private clientIds = new WeakMap<FlywheelClient, number>();
  private nextClientId = 0;

  hostUpdate(): void {
    const { client, slug } = this.source();
    if (client && !this.clientIds.has(client)) this.clientIds.set(client, ++this.nextClientId);
    const key = `${client ? this.clientIds.get(client) : 'none'}:${slug ?? ''}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    void this.load(client, slug);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedFor = undefined;
  }

  retry(): void {
    const { client, slug } = this.source();
    void this.load(client, slug);
  }

  private async load(client: FlywheelClient | undefined, slug: string | undefined): Promise<void> {
    this.abort?.abort();
    if (!client || !slug) {
      this.status = 'unconfigured';
      this.host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const [partner, taxonomy] = await Promise.all([
        client.partners.get(slug, { expand: ['integrations'], signal: abort.signal }),
        client.taxonomy.get({ signal: abort.signal }),
      ]);
      this.partner = partner;
      this.taxonomy = taxonomy;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = isFlywheelError(error) ? error : undefined;
      const status = this.error?.status ?? 0;
      this.status =
        status === 404 ? 'not_found' : status === 401 || status === 403 ? 'unauthorized' : 'error';
      if (this.error && status !== 404) this.onError(this.error);
    }
    this.host.requestUpdate();
  }
}
