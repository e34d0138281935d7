import type { CompanySize, Expertise, Industry, PartnerType, Region } from '@flywheel/contract';
import { flatten } from './flat-string.js';
import type { Prng } from './prng.js';
import {
  EXPERTISE_PROSE,
  INDUSTRY_PROSE,
  LANGUAGE_PROSE,
  PRODUCT_PROSE,
  REGION_PROSE,
  TYPE_NOUN,
  joinAnd,
} from './prose-phrases.js';

/**
 * Partner summaries (80–160 chars, plain text) and descriptions (400–1,500 chars of CommonMark, never
 * raw HTML), assembled from templates so the directory has varied but believable copy.
 */

const SUMMARY_MIN = 80;
const SUMMARY_MAX = 160;
const DESCRIPTION_MIN = 400;
const DESCRIPTION_MAX = 1500;

export interface PartnerTextInput {
  name: string;
  type: PartnerType;
  expertise: readonly Expertise[];
  industries: readonly Industry[];
  city: string;
  countryName: string;
  regions: readonly Region[];
  languages: readonly string[];
  companySize: CompanySize;
  foundedYear: number | null;
}

interface Slots {
  /** App Partners: what the product does, from the first expertise beyond the App Partner core. */
  product: string;
  e1: string;
  e2: string;
  e3: string;
  i1: string;
  i2: string;
  city: string;
  country: string;
  where: string;
}

type Template = (s: Slots) => string;

const SUMMARY_TEMPLATES: Readonly<Record<PartnerType, readonly Template[]>> = {
  solutions_partner: [
    (s) => `${cap(s.e1)} and ${s.e2} agency helping ${s.i1} and ${s.i2} get more from the platform.`,
    (s) => `${s.city} consultancy focused on ${s.e1}, ${s.e2} and hands-on support for ${s.i1}.`,
    (s) => `We plan, launch and tune ${s.e1} programs for ${s.i1} ${s.where}.`,
    (s) =>
      `Certified team delivering ${s.e1} and ${s.e2} projects for ${s.i1}, from first workshop to go-live.`,
    (s) => `Boutique consultancy in ${s.city} turning messy ${s.e1} setups into systems ${s.i1} rely on.`,
  ],
  app_partner: [
    (s) => `Apps that connect your CRM to the tools ${s.i1} already use, with ${s.product} built in.`,
    (s) => `Software company building ${s.product} apps for ${s.i1} ${s.where}.`,
    (s) => `Our marketplace apps bring ${s.product} to the platform for ${s.i1} and ${s.i2}.`,
    (s) => `${s.city}-based software team shipping dependable ${s.product} apps for ${s.i1}.`,
  ],
  revops_specialist: [
    (s) => `Revenue operations specialists aligning marketing, sales and success data for ${s.i1}.`,
    (s) => `Small RevOps team in ${s.city}: ${s.e1}, ${s.e2} and clean reporting for ${s.i1}.`,
    (s) => `We fix funnels: ${s.e2} and ${s.e3} for ${s.i1} that have outgrown their first CRM setup.`,
  ],
  community_developer: [
    (s) => `Independent developer in ${s.city} building ${s.e1} and small apps for ${s.i1}.`,
    (s) => `Freelance integration work: ${s.e1} and ${s.e2}, scoped small and shipped fast.`,
    (s) => `One-person studio shipping ${s.e1} for teams that need a connector nobody sells yet.`,
  ],
  system_integrator: [
    (s) => `Systems integrator delivering ${s.e1}, ${s.e2} and ${s.e3} for ${s.i1} ${s.where}.`,
    (s) => `Enterprise-scale ${s.e1} and ${s.e2} programs for ${s.i1}, run from ${s.city}.`,
    (s) => `Integration and ${s.e2} partner for complex, multi-team rollouts at ${s.i1}.`,
  ],
  venture_partner: [
    (s) => `Venture firm in ${s.city} backing early-stage ${s.i1} and ${s.i2} that build on the platform.`,
    (s) => `Accelerator helping founders with ${s.e1} and ${s.e2}, with a focus on ${s.i1}.`,
    (s) => `We invest in and advise startups serving ${s.i1}, with hands-on ${s.e1} support.`,
  ],
  strategic_alliance: [
    (s) => `Global technology and consulting group delivering ${s.e1} and ${s.e2} at enterprise scale.`,
    (s) => `Strategic alliance partner for ${s.i1} and ${s.i2}, with ${s.e1} teams ${s.where}.`,
    (s) => `Large-scale ${s.e1}, ${s.e2} and ${s.e3} for ${s.i1} ${s.where}, backed by certified teams.`,
  ],
};

/** Appended when a template comes out shorter than 80 characters. */
const SUMMARY_TAILS: readonly Template[] = [
  (s) => ` Based in ${s.city}, ${s.country}.`,
  (s) => ` Serving clients ${s.where}.`,
  () => ' Fixed-scope packages available.',
  () => ' Free intro call for new customers.',
];

/** Summary and description together, so both read from the same slot values. */
export function partnerCopy(rng: Prng, input: PartnerTextInput): { summary: string; description: string } {
  const slots = slotsFor(input);
  return { summary: partnerSummary(rng, input, slots), description: partnerDescription(rng, input, slots) };
}

function partnerSummary(rng: Prng, input: PartnerTextInput, slots: Slots): string {
  const templates = SUMMARY_TEMPLATES[input.type];
  const firstTemplate = rng.int(0, templates.length - 1);
  const firstTail = rng.int(0, SUMMARY_TAILS.length - 1);
  // Walk the lists from a random start instead of shuffling copies: same variety, no garbage.
  for (let t = 0; t < templates.length; t++) {
    let text = templates[(firstTemplate + t) % templates.length]!(slots);
    for (let k = 0; k < SUMMARY_TAILS.length && text.length < SUMMARY_MIN; k++) {
      const longer = text + SUMMARY_TAILS[(firstTail + k) % SUMMARY_TAILS.length]!(slots);
      if (longer.length <= SUMMARY_MAX) text = longer;
    }
    if (text.length >= SUMMARY_MIN && text.length <= SUMMARY_MAX) return flatten(text);
  }
  return flatten(
    fitSummary(`${cap(TYPE_NOUN[input.type])} offering ${slots.e1} for ${slots.i1}, based in ${slots.city}.`),
  );
}

/** Last resort, never hit with the shipped phrase lists; guarantees the contract either way. */
function fitSummary(text: string): string {
  let out = text;
  while (out.length < SUMMARY_MIN) out += ' Get in touch to learn more.';
  if (out.length > SUMMARY_MAX) out = `${out.slice(0, SUMMARY_MAX - 1).replace(/\s+\S*$/, '')}…`;
  return out;
}

const APPROACH_BY_TYPE: Readonly<Record<PartnerType, readonly string[]>> = {
  solutions_partner: [
    'Every engagement starts with a short discovery workshop and ends with a written handover.',
    'We prefer fixed-scope phases over open-ended retainers, so you always know what the next month costs.',
    'Our consultants have run marketing and sales teams themselves, which keeps recommendations practical.',
    'After launch we stay on for a few weeks of hypercare, then train your admins to own the setup.',
  ],
  app_partner: [
    'Our apps install in minutes, request only the scopes they need and are tested against every platform release.',
    'Support is handled by the engineers who build the product, usually within one business day.',
    'We publish a public changelog and a status page, and we never ship breaking changes without notice.',
    'Pricing is per workspace rather than per seat, so growing teams are not penalised.',
  ],
  revops_specialist: [
    'We start from your reporting: if leadership cannot trust the numbers, nothing else matters yet.',
    'Engagements are small and focused, typically four to eight weeks with a single owner on our side.',
    'We document every field, stage and automation we touch, so the next admin is never starting from zero.',
  ],
  community_developer: [
    'Projects are scoped in a short call and delivered as open, documented code you own outright.',
    'Most work is small: a connector, a custom object sync or a one-off data clean-up.',
    'Expect direct communication with the person writing the code, and honest estimates.',
  ],
  system_integrator: [
    'We run multi-workstream programs with dedicated architects, delivery managers and a change-management lead.',
    'Our delivery centres cover several time zones, so migrations and cut-overs can run around the clock.',
    'Security reviews, data-processing agreements and audit documentation are part of every statement of work.',
    'We integrate the platform with ERPs, data warehouses and identity providers at enterprise scale.',
  ],
  venture_partner: [
    'Portfolio companies get introductions to partners, co-marketing opportunities and early access to programs.',
    'We typically write first cheques at pre-seed and seed, and reserve capacity for follow-on rounds.',
    'Our operating partners have scaled go-to-market teams and work alongside founders week to week.',
  ],
  strategic_alliance: [
    'Joint solutions are co-developed with the platform team and brought to market together.',
    'We combine industry consulting, implementation and managed operations under a single contract.',
    'Dedicated alliance managers coordinate executive sponsorship, enablement and joint account planning.',
    'Centres of excellence on several continents keep certified specialists close to every client.',
  ],
};

const LIST_HEADINGS: readonly string[] = [
  'What we do',
  'Services',
  'Where we help',
  'Highlights',
  'Our focus',
];

const CLOSINGS: readonly string[] = [
  'Use the contact form to book a free intro call.',
  'Reach out through the contact form and we will reply within two business days.',
  'Ask us for references from clients in your industry.',
  'Tell us about your project and we will suggest a sensible first step.',
];

const TEAM_PHRASE: Readonly<Record<CompanySize, string>> = {
  '1_10': 'with a small, senior team',
  '11_50': 'with a team of a few dozen people',
  '51_200': 'with more than fifty specialists',
  '201_1000': 'with several hundred people',
  '1001_plus': 'with more than a thousand people',
};

/** Ready-made "- **Phrase**: detail." lines, built once rather than per partner. */
const EXPERTISE_BULLETS = Object.fromEntries(
  Object.entries(EXPERTISE_PROSE).map(([key, { phrase, detail }]) => [
    key,
    `- **${cap(phrase)}**: ${detail}.`,
  ]),
) as Readonly<Record<Expertise, string>>;

/**
 * Built as a list of pieces joined once: at 100,000 partners, assembling and re-assembling whole
 * paragraphs was the largest source of garbage in the generator.
 */
function partnerDescription(rng: Prng, input: PartnerTextInput, slots: Slots): string {
  const typeNoun = TYPE_NOUN[input.type];
  const team = TEAM_PHRASE[input.companySize];
  const intro =
    rng.float() < 0.5
      ? `**${input.name}** is a ${typeNoun} based in ${input.city}, ${input.countryName}, ${team}.`
      : `Based in ${input.city}, ${input.countryName}, **${input.name}** is a ${typeNoun} ${team}.`;
  const founded = input.foundedYear === null ? ' We' : ` Founded in ${input.foundedYear}, we`;
  const head: string[] = [intro, founded, ' work mainly with '];
  pushAndList(
    head,
    input.industries.map((key) => INDUSTRY_PROSE[key]),
  );
  head.push('.');

  const approach = rng.sample(APPROACH_BY_TYPE[input.type], 2);
  const bullets = input.expertise.slice(0, 4).map((key) => EXPERTISE_BULLETS[key]);
  const heading = rng.pick(LIST_HEADINGS);
  const closing: string[] = ['We work in '];
  pushAndList(
    closing,
    input.languages.map((tag) => LANGUAGE_PROSE[tag] ?? tag),
  );
  closing.push(' and serve clients ', slots.where, '. ', rng.pick(CLOSINGS));

  const headLength = totalLength(head);
  const closingLength = totalLength(closing);
  /** The length the pieces below will join to, so shedding needs no trial joins. */
  const measure = (): number => {
    // "\n\n" + sentences joined by " "
    const approachBlock = approach.length > 0 ? 2 + totalLength(approach) + approach.length - 1 : 0;
    // "\n\n**heading**\n\n" + bullets joined by "\n"
    const listBlock = 2 + 4 + heading.length + 2 + totalLength(bullets) + bullets.length - 1;
    return headLength + approachBlock + listBlock + 2 + closingLength;
  };

  // Very long names and language lists can overflow: shed detail from the middle, keep intro and close.
  while (measure() > DESCRIPTION_MAX && bullets.length > 2) bullets.pop();
  while (measure() > DESCRIPTION_MAX && approach.length > 0) approach.pop();
  if (measure() < DESCRIPTION_MIN) {
    for (const line of APPROACH_BY_TYPE[input.type]) {
      if (measure() >= DESCRIPTION_MIN) break;
      if (!approach.includes(line)) approach.push(line);
    }
  }

  const pieces = head;
  if (approach.length > 0) pieces.push('\n\n', approach.join(' '));
  pieces.push('\n\n**', heading, '**\n\n', bullets.join('\n'), '\n\n');
  pieces.push(...closing);
  return pieces.join('');
}

function pushAndList(pieces: string[], items: readonly string[]): void {
  items.forEach((item, i) => {
    if (i > 0) pieces.push(i === items.length - 1 ? ' and ' : ', ');
    pieces.push(item);
  });
}

function totalLength(pieces: readonly string[]): number {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  return length;
}

function slotsFor(input: PartnerTextInput): Slots {
  const e = input.expertise.map((key) => EXPERTISE_PROSE[key].phrase);
  const i = input.industries.map((key) => INDUSTRY_PROSE[key]);
  const distinctive = input.expertise.find(
    (key) => key !== 'app_development' && key !== 'custom_integrations',
  );
  return {
    product: PRODUCT_PROSE[distinctive ?? 'custom_integrations'],
    e1: e[0] ?? 'platform consulting',
    e2: e[1] ?? 'custom integrations',
    e3: e[2] ?? 'ongoing support',
    i1: i[0] ?? 'growing teams',
    i2: i[1] ?? 'growing teams',
    city: input.city,
    country: input.countryName,
    where: servedWhere(input.regions),
  };
}

function servedWhere(regions: readonly Region[]): string {
  if (regions.includes('global')) return 'worldwide';
  return `across ${joinAnd(regions.map((region) => REGION_PROSE[region]))}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
