import { createClient, type FlywheelClient } from '@flywheel/sdk';

const clients = new Map<string, FlywheelClient>();

/**
 * One client per (API base, key, locale) per page: standalone widgets with the same attributes share
 * its cache and in-flight requests, so four widgets make one request for the same data.
 */
export function sharedClient(apiBase: string, publishableKey: string, locale: string): FlywheelClient {
  const id = `${apiBase}\u0000${publishableKey}\u0000${locale}`;
  let client = clients.get(id);
  if (!client) {
    client = createClient({ apiBase, publishableKey, locale });
    clients.set(id, client);
  }
  return client;
}
