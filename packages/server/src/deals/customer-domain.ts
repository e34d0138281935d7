import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';

/**
 * A customer's domain as typed (`https://www.Acme.co.uk/about`, `acme.com:443`, `bücher.example`)
 * reduced to its registrable domain (eTLD+1 by the Public Suffix List, ICANN section), in ASCII
 * (IDN → punycode), lower case. `null` when nothing usable is left.
 */
export function normalizeCustomerDomain(typed: string): string | null {
  let host = typed.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '').replace(/\.$/, '');
  const ascii = domainToASCII(host);
  if (ascii === '') return null;
  return getDomain(ascii) ?? ascii.replace(/^www\d*\./, '');
}

/**
 * Free-mail and ISP domains: a customer "at gmail.com" says nothing about which company it is, so
 * they never match another registration (rules D1–D4).
 */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'zoho.com',
  'comcast.net',
  'verizon.net',
  'att.net',
]);

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL.has(domain);
}

/** The registrable domain the duplicate rules compare, or `null` (none, or a free-mail domain). */
export function matchableDomain(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const domain = normalizeCustomerDomain(typed);
  return domain === null || isFreeMailDomain(domain) ? null : domain;
}

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'pty',
  'plc',
  'kk',
  'ab',
  'as',
  'oy',
  'ltda',
]);

/** Company-name key: NFKC, lower case, punctuation gone, legal suffixes (`Inc.`, `GmbH`, `KK`) dropped. */
export function companyNameKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\./g, '') // K.K. → kk, Inc. → inc
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
