import { domainToASCII } from 'node:url';

/**
 * A customer's domain as typed (`https://www.Acme.com/about`, `acme.com:443`) reduced to its host in
 * ASCII (IDN → punycode), lower case, without `www.`. `null` when nothing usable is left.
 */
export function normalizeCustomerHost(typed: string): string | null {
  let host = typed.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '').replace(/\.$/, '');
  host = host.replace(/^www\d*\./, '');
  const ascii = domainToASCII(host);
  return ascii === '' ? null : ascii;
}
