import type { Region } from '@flywheel/contract';

export type HqRegion = Exclude<Region, 'global'>;

export interface City {
  name: string;
  /** Relative chance among the country's cities; 1 when absent. */
  weight?: number;
  /** Overrides the country's languages where a city is known for a different one (Montréal, Geneva). */
  languages?: readonly string[];
}

export interface Country {
  code: string;
  /** English prose name, for generated copy only. */
  name: string;
  region: HqRegion;
  /** Share of partner headquarters, in percent (api-v1 §2.8). */
  hqWeight: number;
  /** Languages a partner headquartered here always lists, the primary one first. */
  languages: readonly string[];
  cities: readonly City[];
}

const FRENCH_CANADA: readonly string[] = ['fr', 'en'];
const FRENCH_SWISS: readonly string[] = ['fr'];

/**
 * HQ shares follow api-v1 §2.8. Buckets the spec leaves open ("other", "Nordics") are split across
 * plausible countries; SA and EG are carved out of the AE and ZA shares so some partners are
 * Arabic-speaking (RTL rendering) without changing the region totals.
 */
export const COUNTRIES: readonly Country[] = [
  // North America 42
  {
    code: 'US',
    name: 'the United States',
    region: 'north_america',
    hqWeight: 36,
    languages: ['en'],
    cities: [
      { name: 'New York' },
      { name: 'San Francisco' },
      { name: 'Austin' },
      { name: 'Boston' },
      { name: 'Chicago' },
      { name: 'Seattle' },
      { name: 'Denver' },
      { name: 'Atlanta' },
      { name: 'Los Angeles' },
      { name: 'Raleigh' },
      { name: 'Minneapolis' },
      { name: 'Salt Lake City' },
      { name: 'Miami' },
      { name: 'Portland' },
      { name: 'Nashville' },
      { name: 'Philadelphia' },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    region: 'north_america',
    hqWeight: 5,
    languages: ['en'],
    cities: [
      { name: 'Toronto', weight: 1.5 },
      { name: 'Vancouver' },
      { name: 'Calgary', weight: 0.75 },
      { name: 'Ottawa', weight: 0.75 },
      // A quarter of Canadian partners list French (api-v1 §2.8): the Québec cities carry it.
      { name: 'Montréal', languages: FRENCH_CANADA },
      { name: 'Québec City', weight: 1 / 3, languages: FRENCH_CANADA },
    ],
  },
  {
    code: 'PR',
    name: 'Puerto Rico',
    region: 'north_america',
    hqWeight: 0.5,
    languages: ['en', 'es'],
    cities: [{ name: 'San Juan' }, { name: 'Ponce' }],
  },
  {
    code: 'BM',
    name: 'Bermuda',
    region: 'north_america',
    hqWeight: 0.5,
    languages: ['en'],
    cities: [{ name: 'Hamilton' }],
  },
  // Europe 30
  {
    code: 'GB',
    name: 'the United Kingdom',
    region: 'europe',
    hqWeight: 9,
    languages: ['en'],
    cities: [
      { name: 'London' },
      { name: 'Manchester' },
      { name: 'Edinburgh' },
      { name: 'Bristol' },
      { name: 'Leeds' },
      { name: 'Birmingham' },
      { name: 'Cambridge' },
      { name: 'Glasgow' },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    region: 'europe',
    hqWeight: 6,
    languages: ['de'],
    cities: [
      { name: 'Berlin' },
      { name: 'Munich' },
      { name: 'Hamburg' },
      { name: 'Cologne' },
      { name: 'Frankfurt' },
      { name: 'Stuttgart' },
      { name: 'Düsseldorf' },
      { name: 'Leipzig' },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    region: 'europe',
    hqWeight: 4,
    languages: ['fr'],
    cities: [
      { name: 'Paris' },
      { name: 'Lyon' },
      { name: 'Nantes' },
      { name: 'Lille' },
      { name: 'Bordeaux' },
    ],
  },
  {
    code: 'NL',
    name: 'the Netherlands',
    region: 'europe',
    hqWeight: 3,
    languages: ['nl'],
    cities: [{ name: 'Amsterdam' }, { name: 'Rotterdam' }, { name: 'Utrecht' }, { name: 'Eindhoven' }],
  },
  {
    code: 'ES',
    name: 'Spain',
    region: 'europe',
    hqWeight: 2,
    languages: ['es'],
    cities: [{ name: 'Madrid' }, { name: 'Barcelona' }, { name: 'Valencia' }, { name: 'Málaga' }],
  },
  {
    code: 'IT',
    name: 'Italy',
    region: 'europe',
    hqWeight: 2,
    languages: ['it'],
    cities: [{ name: 'Milan' }, { name: 'Rome' }, { name: 'Turin' }, { name: 'Bologna' }],
  },
  {
    code: 'SE',
    name: 'Sweden',
    region: 'europe',
    hqWeight: 1.2,
    languages: ['sv'],
    cities: [{ name: 'Stockholm' }, { name: 'Gothenburg' }, { name: 'Malmö' }],
  },
  {
    code: 'DK',
    name: 'Denmark',
    region: 'europe',
    hqWeight: 0.7,
    languages: ['da'],
    cities: [{ name: 'Copenhagen' }, { name: 'Aarhus' }],
  },
  {
    code: 'NO',
    name: 'Norway',
    region: 'europe',
    hqWeight: 0.6,
    languages: ['nb'],
    cities: [{ name: 'Oslo' }, { name: 'Bergen' }],
  },
  {
    code: 'FI',
    name: 'Finland',
    region: 'europe',
    hqWeight: 0.5,
    languages: ['fi'],
    cities: [{ name: 'Helsinki' }, { name: 'Tampere' }],
  },
  {
    code: 'IE',
    name: 'Ireland',
    region: 'europe',
    hqWeight: 0.4,
    languages: ['en'],
    cities: [{ name: 'Dublin' }, { name: 'Cork' }, { name: 'Galway' }],
  },
  {
    code: 'PL',
    name: 'Poland',
    region: 'europe',
    hqWeight: 0.3,
    languages: ['pl'],
    cities: [{ name: 'Warsaw' }, { name: 'Kraków' }, { name: 'Wrocław' }],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    region: 'europe',
    hqWeight: 0.15,
    languages: ['de'],
    cities: [
      { name: 'Zürich' },
      { name: 'Basel' },
      { name: 'Geneva', languages: FRENCH_SWISS },
      { name: 'Lausanne', languages: FRENCH_SWISS },
    ],
  },
  {
    code: 'AT',
    name: 'Austria',
    region: 'europe',
    hqWeight: 0.15,
    languages: ['de'],
    cities: [{ name: 'Vienna' }, { name: 'Graz' }, { name: 'Linz' }],
  },
  // Asia-Pacific 17
  {
    code: 'AU',
    name: 'Australia',
    region: 'asia_pacific',
    hqWeight: 5,
    languages: ['en'],
    cities: [
      { name: 'Sydney' },
      { name: 'Melbourne' },
      { name: 'Brisbane' },
      { name: 'Perth' },
      { name: 'Adelaide' },
    ],
  },
  {
    code: 'IN',
    name: 'India',
    region: 'asia_pacific',
    hqWeight: 5,
    languages: ['en'],
    cities: [
      { name: 'Bengaluru' },
      { name: 'Mumbai' },
      { name: 'Pune' },
      { name: 'Hyderabad' },
      { name: 'Chennai' },
      { name: 'Gurugram' },
    ],
  },
  {
    code: 'JP',
    name: 'Japan',
    region: 'asia_pacific',
    hqWeight: 2,
    languages: ['ja'],
    cities: [{ name: 'Tokyo' }, { name: 'Osaka' }, { name: 'Fukuoka' }, { name: 'Nagoya' }],
  },
  {
    code: 'SG',
    name: 'Singapore',
    region: 'asia_pacific',
    hqWeight: 2,
    languages: ['en'],
    cities: [{ name: 'Singapore' }],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    region: 'asia_pacific',
    hqWeight: 1,
    languages: ['en'],
    cities: [{ name: 'Auckland' }, { name: 'Wellington' }, { name: 'Christchurch' }],
  },
  {
    code: 'KR',
    name: 'South Korea',
    region: 'asia_pacific',
    hqWeight: 0.6,
    languages: ['ko'],
    cities: [{ name: 'Seoul' }, { name: 'Busan' }],
  },
  {
    code: 'CN',
    name: 'China',
    region: 'asia_pacific',
    hqWeight: 0.4,
    languages: ['zh-Hans'],
    cities: [{ name: 'Shanghai' }, { name: 'Shenzhen' }, { name: 'Hangzhou' }],
  },
  {
    code: 'PH',
    name: 'the Philippines',
    region: 'asia_pacific',
    hqWeight: 0.5,
    languages: ['en'],
    cities: [{ name: 'Manila' }, { name: 'Cebu City' }],
  },
  {
    code: 'MY',
    name: 'Malaysia',
    region: 'asia_pacific',
    hqWeight: 0.5,
    languages: ['en', 'ms'],
    cities: [{ name: 'Kuala Lumpur' }, { name: 'Penang' }],
  },
  // Latin America 7
  {
    code: 'BR',
    name: 'Brazil',
    region: 'latin_america',
    hqWeight: 4,
    languages: ['pt-BR'],
    cities: [
      { name: 'São Paulo' },
      { name: 'Rio de Janeiro' },
      { name: 'Belo Horizonte' },
      { name: 'Curitiba' },
    ],
  },
  {
    code: 'MX',
    name: 'Mexico',
    region: 'latin_america',
    hqWeight: 2,
    languages: ['es'],
    cities: [{ name: 'Mexico City' }, { name: 'Guadalajara' }, { name: 'Monterrey' }],
  },
  {
    code: 'AR',
    name: 'Argentina',
    region: 'latin_america',
    hqWeight: 0.4,
    languages: ['es'],
    cities: [{ name: 'Buenos Aires' }, { name: 'Córdoba' }],
  },
  {
    code: 'CO',
    name: 'Colombia',
    region: 'latin_america',
    hqWeight: 0.3,
    languages: ['es'],
    cities: [{ name: 'Bogotá' }, { name: 'Medellín' }],
  },
  {
    code: 'CL',
    name: 'Chile',
    region: 'latin_america',
    hqWeight: 0.3,
    languages: ['es'],
    cities: [{ name: 'Santiago' }, { name: 'Valparaíso' }],
  },
  // Middle East & Africa 4
  {
    code: 'AE',
    name: 'the United Arab Emirates',
    region: 'middle_east_africa',
    hqWeight: 1.2,
    // Business is mostly in English, but partners here genuinely serve Arabic-speaking clients.
    languages: ['ar', 'en'],
    cities: [{ name: 'Dubai' }, { name: 'Abu Dhabi' }],
  },
  {
    code: 'SA',
    name: 'Saudi Arabia',
    region: 'middle_east_africa',
    hqWeight: 0.3,
    languages: ['ar'],
    cities: [{ name: 'Riyadh' }, { name: 'Jeddah' }],
  },
  {
    code: 'ZA',
    name: 'South Africa',
    region: 'middle_east_africa',
    hqWeight: 1.3,
    languages: ['en'],
    cities: [{ name: 'Cape Town' }, { name: 'Johannesburg' }, { name: 'Durban' }],
  },
  {
    code: 'EG',
    name: 'Egypt',
    region: 'middle_east_africa',
    hqWeight: 0.2,
    languages: ['ar'],
    cities: [{ name: 'Cairo' }, { name: 'Alexandria' }],
  },
  {
    code: 'IL',
    name: 'Israel',
    region: 'middle_east_africa',
    hqWeight: 1,
    languages: ['he'],
    cities: [{ name: 'Tel Aviv' }, { name: 'Haifa' }, { name: 'Jerusalem' }],
  },
];

export const HQ_REGIONS: readonly HqRegion[] = [
  'north_america',
  'latin_america',
  'europe',
  'middle_east_africa',
  'asia_pacific',
];

export const COUNTRIES_BY_REGION: ReadonlyMap<HqRegion, readonly Country[]> = new Map(
  HQ_REGIONS.map((region) => [region, COUNTRIES.filter((country) => country.region === region)]),
);

/** Languages a partner may add beyond its HQ's, by HQ region: what its staff would plausibly speak. */
export const EXTRA_LANGUAGES_BY_REGION: Readonly<Record<HqRegion, readonly string[]>> = {
  north_america: ['es', 'fr', 'pt-BR', 'de', 'zh-Hans'],
  latin_america: ['en', 'es', 'pt-BR'],
  europe: ['de', 'fr', 'es', 'it', 'nl', 'pl'],
  middle_east_africa: ['fr', 'ar', 'de'],
  asia_pacific: ['zh-Hans', 'ja', 'ko', 'hi'],
};
