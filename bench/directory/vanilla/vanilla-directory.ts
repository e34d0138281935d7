/// <reference lib="dom" />
/**
 * The physical floor of the directory: a hand-written, framework-free list of the same partners.
 * Loads `GET /v1/partner_index` (and the taxonomy, for the same card labels) once and renders only
 * the visible window of cards with plain DOM: the same card fields, the same layout and the same
 * windowing as `<fw-partner-directory>` (256 px minimum column, 1 row of overscan). Like the element,
 * it keys cards by partner: a partner that stays in the window keeps its card (moved if its place
 * changed, with the fewest moves), and only partners new to the window get a card, built from a
 * cloned template.
 *
 * Which partners, in which order, depends on the page's `data-search` (decision 0011):
 * - `engine` (the floor): the SDK's directory search, queried as the element queries it (same extra
 *   text, same seed), so each keystroke shows exactly the element's cards and the two pages differ
 *   only in how they render them;
 * - `substring`: a lower-cased substring scan of name + summary in index order — other partners than
 *   the element's (the search the floor used before decision 0011), with today's markup and window.
 */
import type { PartnerIndexEntry, Taxonomy } from '@flywheel/contract';
import { createDirectorySearch, type DirectorySearch } from '@flywheel/sdk/directory-search';

const GAP = 16;
const MIN_COLUMN_WIDTH = 256;
const OVERSCAN_ROWS = 1;
const DEFAULT_ROW_HEIGHT = 232;

const root = document.querySelector<HTMLElement>('[data-vanilla-directory]')!;
const input = root.querySelector<HTMLInputElement>('[part~="search-input"]')!;
const count = root.querySelector<HTMLElement>('[part~="count"]')!;
const list = root.querySelector<HTMLElement>('.list')!;
const windowBox = root.querySelector<HTMLElement>('.window')!;
const cardTemplate = root.querySelector<HTMLTemplateElement>('#card')!;

const mode = root.dataset.search === 'substring' ? 'substring' : 'engine';
const seed = Number(root.dataset.seed ?? 1);

let entries: PartnerIndexEntry[] = [];
let haystacks: string[] = [];
let engine: DirectorySearch | undefined;
/** The partners the current words match, in the order shown. */
let matches: readonly PartnerIndexEntry[] = [];
const labels = new Map<string, string>();
/** Labels by key, for the engine's extra text (the element's data controller builds the same). */
const searchLabels = new Map<string, string>();
/** Rendered cards by partner id, in window order. */
let shown = new Map<string, HTMLElement>();
const grid = { columns: 1, rowHeight: DEFAULT_ROW_HEIGHT, firstVisibleRow: 0, visibleRows: 4 };
let frame = 0;

const label = (vocabulary: string, key: string) => labels.get(`${vocabulary}:${key}`) ?? key;
const ratingFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function initials(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toLocaleUpperCase();
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function buildCard(entry: PartnerIndexEntry): HTMLElement {
  const card = cardTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
  card.dataset.partner = entry.slug;
  const img = card.querySelector('img')!;
  const monogram = card.querySelector<HTMLElement>('.monogram')!;
  const logo = safeUrl(entry.logo?.url);
  if (logo) {
    img.src = logo;
    monogram.hidden = true;
  } else {
    img.remove();
  }
  monogram.textContent = initials(entry.name);
  const link = card.querySelector('button')!;
  link.querySelector('span')!.textContent = entry.name;
  link.setAttribute('aria-label', `View ${entry.name}`);
  const tier = card.querySelector<HTMLElement>('.tier')!;
  tier.dataset.tier = entry.tier;
  tier.textContent = label('tiers', entry.tier);
  card.querySelector('.type')!.textContent = label('partner_types', entry.type);
  card.querySelector('.summary')!.textContent = entry.summary;
  const tags = card.querySelector('.tags')!;
  const industries = entry.industries.slice(0, 3);
  if (industries.length === 0) tags.remove();
  for (const key of industries) {
    const tag = document.createElement('li');
    tag.className = 'tag';
    tag.textContent = label('industries', key);
    tags.append(tag);
  }
  const footer = card.querySelector('.card-footer')!;
  card.querySelector('.place')!.textContent = `Based in ${label('countries', entry.headquarters.country)}`;
  if (entry.rating) {
    const average = ratingFormat.format(entry.rating.average);
    const summary = `Rated ${average} out of 5 (${entry.rating.count} review${entry.rating.count === 1 ? '' : 's'})`;
    const rating = document.createElement('span');
    rating.className = 'rating';
    rating.setAttribute('role', 'img');
    rating.setAttribute('aria-label', summary);
    rating.title = summary;
    rating.textContent = `★ ${average}`;
    footer.append(rating);
  }
  if (entry.featured) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = 'Featured';
    footer.append(badge);
  }
  return card;
}

/** Reads the list's position and the card size, as the element's windowing controller does. */
function measure(): boolean {
  const rect = list.getBoundingClientRect();
  const card = windowBox.querySelector('.card');
  const cardHeight = card ? card.getBoundingClientRect().height : DEFAULT_ROW_HEIGHT - GAP;
  const next = {
    columns: Math.max(1, Math.floor((rect.width + GAP) / (MIN_COLUMN_WIDTH + GAP))),
    rowHeight: Math.max(1, Math.round(cardHeight + GAP)),
    firstVisibleRow: 0,
    visibleRows: 0,
  };
  // The visual viewport, in the layout viewport's coordinates, as the element measures it.
  const visual = window.visualViewport;
  const top = visual ? visual.offsetTop : 0;
  const bottom = visual ? visual.offsetTop + visual.height : window.innerHeight;
  next.firstVisibleRow = Math.max(0, Math.floor((top - rect.top) / next.rowHeight));
  next.visibleRows = Math.max(0, Math.ceil((bottom - rect.top) / next.rowHeight) - next.firstVisibleRow);
  const changed = (Object.keys(next) as (keyof typeof grid)[]).some((key) => next[key] !== grid[key]);
  Object.assign(grid, next);
  return changed;
}

function render(): void {
  const total = matches.length;
  count.textContent = `${total.toLocaleString('en')} partner${total === 1 ? '' : 's'}`;
  const rows = Math.ceil(total / grid.columns);
  const firstRow = Math.max(0, Math.min(rows, grid.firstVisibleRow - OVERSCAN_ROWS));
  const lastRow = Math.min(rows, grid.firstVisibleRow + grid.visibleRows + OVERSCAN_ROWS);
  const start = firstRow * grid.columns;
  const end = Math.min(total, lastRow * grid.columns);
  list.style.height = `${Math.max(0, rows * grid.rowHeight - GAP)}px`;
  windowBox.style.transform = `translateY(${firstRow * grid.rowHeight}px)`;
  windowBox.style.gridTemplateColumns = `repeat(${grid.columns}, minmax(0, 1fr))`;

  const next = new Map<string, HTMLElement>();
  for (let i = start; i < end; i++) {
    const entry = matches[i]!;
    next.set(entry.id, shown.get(entry.id) ?? buildCard(entry));
  }
  for (const [id, card] of shown) if (!next.has(id)) card.remove();
  // Put the cards in order with the fewest moves: the kept cards that are already in order (the
  // longest increasing run of their current places) stay; the others are moved or inserted. A moved
  // node is laid out again, so moving more than needed would slow the floor down.
  const ordered = [...next.values()];
  const current = new Map([...windowBox.children].map((card, index) => [card, index]));
  const staying = longestIncreasing(ordered.map((card) => current.get(card) ?? -1));
  let anchor: HTMLElement | null = null;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const card = ordered[i]!;
    if (!staying.has(i)) windowBox.insertBefore(card, anchor);
    anchor = card;
  }
  shown = next;
}

/** Indices of a longest strictly increasing subsequence of `values`, ignoring negative ones. */
function longestIncreasing(values: readonly number[]): Set<number> {
  // tails[k]: index of the smallest last value of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    if (value < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const run = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) run.add(i);
  return run;
}

function search(text: string): void {
  if (engine) {
    // As the element asks: the words, no filters, the default sort (relevance, or featured when
    // there are no words), the page's seed.
    matches = engine.query({ q: text, filters: {}, seed }).items;
    return;
  }
  const q = text.trim().toLowerCase();
  if (q === '') {
    matches = entries;
    return;
  }
  const found: PartnerIndexEntry[] = [];
  for (let i = 0; i < haystacks.length; i++) if (haystacks[i]!.includes(q)) found.push(entries[i]!);
  matches = found;
}

/** The element's search also matches a partner's type, industries and expertise, by label and key words. */
function extraText(entry: PartnerIndexEntry): string {
  return [entry.type, ...entry.industries, ...entry.expertise]
    .map((key) => `${searchLabels.get(key) ?? ''} ${key.replaceAll('_', ' ')}`)
    .join(' ');
}

function onScroll(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    if (measure()) render();
  });
}

async function load(): Promise<void> {
  const api = root.dataset.apiBase!;
  const headers = { accept: 'application/json', authorization: `Bearer ${root.dataset.publishableKey!}` };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${api}${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const [index, taxonomy] = await Promise.all([
    get<{ data: PartnerIndexEntry[] }>('/v1/partner_index'),
    get<Taxonomy>('/v1/taxonomy'),
  ]);
  performance.mark('fw-partner-directory:data-ready');
  for (const vocabulary of ['partner_types', 'tiers', 'industries', 'countries'] as const) {
    for (const term of taxonomy[vocabulary]) labels.set(`${vocabulary}:${term.key}`, term.label);
  }
  entries = index.data;
  if (mode === 'engine') {
    for (const vocabulary of ['partner_types', 'industries', 'expertise'] as const) {
      for (const term of taxonomy[vocabulary]) searchLabels.set(term.key, term.label);
    }
    const built = createDirectorySearch(entries, { extraText, regions: taxonomy.regions.map((r) => r.key) });
    engine = built;
    // Like the element: what the first screen does not need is built once the page is idle.
    requestIdleCallback(
      () => {
        built.prepare();
      },
      { timeout: 1000 },
    );
  } else {
    haystacks = entries.map((entry) => `${entry.name}\n${entry.summary}`.toLowerCase());
  }
  search(input.value);
  measure();
  render();
  // The first render used the default card height; measure the real one, as the element does.
  if (measure()) render();
  input.addEventListener('input', () => {
    search(input.value);
    render();
  });
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
}

load().catch((error: unknown) => {
  count.textContent = `Failed: ${String(error)}`;
});
