import type { FlywheelClient } from '@flywheel/sdk';
import { dealRegistrations, type DealRegistrationsResource } from '@flywheel/sdk/deals';

const resources = new WeakMap<FlywheelClient, DealRegistrationsResource>();

/** The deal registrations of a client, one resource per client (the widgets compare them to reload). */
export function dealsOf(client: FlywheelClient | undefined): DealRegistrationsResource | undefined {
  if (!client) return undefined;
  let deals = resources.get(client);
  if (!deals) {
    deals = dealRegistrations(client);
    resources.set(client, deals);
  }
  return deals;
}
