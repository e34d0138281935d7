/**
 * The deal form's duplicate pre-check as a partner's browser makes it: `POST
 * /v1/deal_registrations/check` with a partner session from an allowed origin, one request in flight
 * over a kept-alive loopback connection, timed from sending to the last byte of the answer. The
 * customers rotate between ones the seed registered (matches) and new ones (no match).
 */
import { summarize, type LatencySummary } from './stats.js';

const PARTNER_KEY = 'sk_partner_test_northwind_revenue_labs';
const ORIGIN = 'http://localhost:4999';
const CUSTOMERS = [
  'contoso-manufacturing.example',
  'woodgrove-bank.example',
  'fabrikam-retail.example',
  'brand-new-customer.example',
  'litware.example',
  'another-new-one.example',
];

export async function measurePrecheck(url: string, samples: number, warmup: number): Promise<LatencySummary> {
  const minted = await fetch(`${url}/v1/embed_sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${PARTNER_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'partner',
      partner_user: { external_id: 'bench' },
      scopes: ['deals:write'],
      allowed_origins: [ORIGIN],
      expires_in: 3600,
    }),
  });
  if (minted.status !== 201) throw new Error(`minting a session for the pre-check: HTTP ${minted.status}`);
  const session = ((await minted.json()) as { client_secret: string }).client_secret;
  const times: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const domain = CUSTOMERS[i % CUSTOMERS.length]!;
    const started = performance.now();
    const response = await fetch(`${url}/v1/deal_registrations/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session}`, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ company_name: 'Bench Customer', country: 'US', domain }),
    });
    await response.text();
    if (response.status !== 200) throw new Error(`pre-check: HTTP ${response.status}`);
    if (i >= warmup) times.push(performance.now() - started);
  }
  return summarize(times);
}
