import type { PartnerType } from '@flywheel/contract';
import type { Prng } from './prng.js';
import { flatten } from './flat-string.js';

/**
 * Synthetic company names. The words are evocative but generic (birds, landforms, materials) and
 * deliberately avoid well-known brands, so no generated name should read as a real company.
 */

export const MAX_PARTNER_NAME_LENGTH = 120;

/** Whitespace-separated words: keeps long single-word lists readable and diff-friendly. */
function wordList(words: string): readonly string[] {
  return words.split(/\s+/).filter((word) => word.length > 0);
}

const LEAD_WORDS: readonly string[] = wordList(`
  Northwind Bluefin Kestrel Granite Larkspur Meridian Cedarline Copperleaf Driftwood Emberly
  Fjordline Glacierpoint Halcyon Ironbark Bramble Saltmarsh Tidewater Quillfeather Foxglove
  Heronsgate Marigold Moorland Nettlefield Oakhollow Pebblebrook Quartzite Ravenhill Sandpiper
  Thistle Umberfield Vervain Willowmere Yarrow Alderbrook Birchwood Cobblestone Dunmore Elmstead
  Fernhill Gullwing Hollowell Inkwell Lindenwood Nightjar Quayside Rookery Tamarack Upland
  Valerian Wrenfield Amberline Basalt Caldera Estuary Flintridge Gannet Hawthorn Kelpie Magpie
  Norrland Orchard Riverbend Shoreline Tundra Verdant Cinderpath Sextant Bellwether Tanager
  Solstice Kittiwake Peregrine Plover Ptarmigan Redstart Siskin Stonechat Whimbrel Avocet Curlew
  Dunlin Godwit Lapwing Nuthatch Goldcrest Firecrest Waxwing Headland Highmoor Longbarrow
  Coldharbour Eastwater Westmere Brightwater Stillwater Clearbrook Deepwell Greystone Blackthorn
  Whitecliff Redcliff Silverbirch Goldfinch Ashgrove Maplecroft Hazelmere Rowanberry Elderfield
  Sorrel Vermilion Ochre Tessera Cairnfield Lodestar Farrow Holloway Kingsmoor Lowtide Marram
  Needlepoint Outrider Pikestaff Quenby Rushmere Spindle Thornbury Underhill Wildmoor
`);

const FOCUS_WORDS: readonly string[] = wordList(`
  Revenue Data Cloud Growth Pipeline Signal Funnel Insight Ops Commerce Customer Digital Lifecycle
  Demand Metrics Workflow Automation Integration Analytics Stack CRM Sales Marketing Engagement
  Ledger Forecast Outbound Inbound Retention Onboarding Quota Territory Journey Loyalty Handoff
`);

const SUFFIXES_BY_TYPE: Readonly<Record<PartnerType, readonly string[]>> = {
  solutions_partner: [
    'Consulting',
    'Partners',
    'Agency',
    'Advisory',
    'Group',
    'Collective',
    'Studio',
    'Digital',
    'Associates',
    'Consultancy',
  ],
  app_partner: ['Labs', 'Software', 'Systems', 'Technologies', 'Apps', 'Works', 'Cloud', 'Logic', 'Soft'],
  revops_specialist: ['RevOps', 'Operations', 'Advisory', 'Partners', 'Labs', 'Consulting', 'Analytics'],
  community_developer: ['Dev', 'Code', 'Studio', 'Builds', 'Integrations', 'Workshop', 'Craft'],
  system_integrator: [
    'Systems Integration',
    'Global Services',
    'Consulting Group',
    'Technologies',
    'Solutions',
    'Services',
    'Integration Partners',
  ],
  venture_partner: [
    'Ventures',
    'Capital',
    'Accelerator',
    'Fund',
    'Launchpad',
    'Venture Studio',
    'Investments',
  ],
  strategic_alliance: [
    'Group',
    'Global',
    'Alliance',
    'International',
    'Holdings',
    'Technologies',
    'Consulting',
  ],
};

/** Focus words that do not repeat their suffix: "Bluefin Cloud Cloud" and "Ops RevOps" read as typos. */
const FOCUS_WORDS_BY_SUFFIX: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(SUFFIXES_BY_TYPE)
    .flat()
    .map((suffix) => [
      suffix,
      FOCUS_WORDS.filter((focus) => !suffix.toLowerCase().includes(focus.toLowerCase())),
    ]),
);

/** Compound names ("Brightforge") built from a root and a tail, for variety beyond word triples. */
const COMPOUND_ROOTS: readonly string[] = wordList(`
  Bright Clear Deep Far High Keen Long North Quiet Swift True Wide Amber Cobble Dusk Ember Frost
  Gale Harrow Iron Lark Moss Oak Rill
`);
const COMPOUND_TAILS: readonly string[] = wordList(`
  forge path mark field wright stead haven gate wick holm ridge wold moor fell combe ford brook
  mere ley shaw
`);

/** Qualifiers that disambiguate repeated names before we fall back to numbers. */
const QUALIFIERS: readonly string[] = ['& Co', 'Collective', 'Group', 'International', 'Studio', 'Partners'];

/** The first word of a partner name, used to brand its listings ("Northwind Sync for CRM"). */
export function leadWord(name: string): string {
  const first = name.split(/[\s&]+/)[0] ?? name;
  return first.length >= 3 ? first : name;
}

/** Produces unique partner names; the same Prng sequence always yields the same names. */
export class PartnerNameFactory {
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Prng) {}

  /** Marks hand-written names as used so generated ones never repeat them. */
  reserve(name: string): void {
    this.taken.add(name);
  }

  next(type: PartnerType, city: string): string {
    for (let attempt = 0; attempt < 6; attempt++) {
      const name = this.compose(type);
      if (this.claim(name)) return name;
    }
    // Collisions become common only at tens of thousands of partners: place the name, then qualify it.
    const base = this.compose(type);
    const located = `${base} ${city}`;
    if (this.claim(located)) return located;
    for (const qualifier of this.rng.shuffle(QUALIFIERS)) {
      const qualified = `${base} ${qualifier}`;
      if (this.claim(qualified)) return qualified;
    }
    for (let n = 2; ; n++) {
      const numbered = `${base} ${n}`;
      if (this.claim(numbered)) return numbered;
    }
  }

  private claim(name: string): boolean {
    // Exact-match keys: generated names have fixed capitalization, so case variants cannot occur.
    if (name.length > MAX_PARTNER_NAME_LENGTH || this.taken.has(flatten(name))) return false;
    this.taken.add(name);
    return true;
  }

  private compose(type: PartnerType): string {
    const { rng } = this;
    const suffix = rng.pick(SUFFIXES_BY_TYPE[type]);
    const roll = rng.float();
    if (roll < 0.55) {
      return `${rng.pick(LEAD_WORDS)} ${rng.pick(FOCUS_WORDS_BY_SUFFIX.get(suffix)!)} ${suffix}`;
    }
    if (roll < 0.7) return `${rng.pick(LEAD_WORDS)} ${suffix}`;
    if (roll < 0.85) {
      const first = rng.pick(LEAD_WORDS);
      let second = rng.pick(LEAD_WORDS);
      while (second === first) second = rng.pick(LEAD_WORDS);
      return `${first} & ${second} ${suffix}`;
    }
    return `${rng.pick(COMPOUND_ROOTS)}${rng.pick(COMPOUND_TAILS)} ${suffix}`;
  }
}
