import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { FwPartnerDirectory } from './partner-directory.js';
import { countApiRequests, shadowQuery, testApiBase, typeInto } from '../test-support.js';

async function directory(attributes: Record<string, string | boolean> = {}): Promise<FwPartnerDirectory> {
  const element = document.createElement('fw-partner-directory');
  element.setAttribute('api-base', await testApiBase());
  element.setAttribute('publishable-key', 'pk_test_demo');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  const el = await fixture<FwPartnerDirectory>(element);
  await shadowQuery(el, '.card');
  // Facet counts are painted a frame after the results.
  await shadowQuery(el, 'fieldset[part="facet"] input');
  return el;
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card')];
const countText = (el: Element) => el.shadowRoot!.querySelector('[part="count"]')!.textContent.trim();
const total = (el: Element) => Number(countText(el).replace(/\D/g, ''));
/** The count shown beside the first value of the first facet. */
const firstFacetCount = (el: Element) =>
  Number(el.shadowRoot!.querySelector('fieldset[part="facet"] .facet-count')!.textContent.replace(/\D/g, ''));

describe('<fw-partner-directory>', () => {
  describe('loading and states', () => {
    it('shows a loading skeleton of reserved height, then partners from the real server', async () => {
      const apiBase = await testApiBase();
      const el = await fixture<FwPartnerDirectory>(
        html`<fw-partner-directory
          api-base=${apiBase}
          publishable-key="pk_test_demo"
          locale="en"
        ></fw-partner-directory>`,
      );
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(300);
      await shadowQuery(el, '.card');
      expect(total(el)).to.be.greaterThan(1000);
    });

    it('shows an error with a retry when the API cannot be reached', async () => {
      const el = await fixture<FwPartnerDirectory>(
        html`<fw-partner-directory
          api-base="http://127.0.0.1:9"
          publishable-key="pk_test_demo"
        ></fw-partner-directory>`,
      );
      const state = await shadowQuery(el, '[data-state="error"]', 60000);
      expect(state.getAttribute('role')).to.equal('alert');
      expect(state.querySelector('[part="retry"]')).to.exist;
    });

    it('says it is not available here when the key is refused', async () => {
      const apiBase = await testApiBase();
      const el = await fixture<FwPartnerDirectory>(
        html`<fw-partner-directory
          api-base=${apiBase}
          publishable-key="pk_test_unknown"
        ></fw-partner-directory>`,
      );
      const errors: Event[] = [];
      el.addEventListener('fw-error', (event) => errors.push(event));
      await shadowQuery(el, '[data-state="unauthorized"]');
      await waitUntil(() => errors.length > 0, 'no fw-error event');
      expect((errors[0] as CustomEvent<{ code: string }>).detail.code).to.equal('unauthenticated');
    });

    it('shows the empty state (or the host slot) when nothing matches', async () => {
      const el = await directory();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
      typeInto(input, 'zzqqxxnothing');
      await shadowQuery(el, '[data-state="empty"]');
      expect(countText(el)).to.match(/^0/);
    });
  });

  describe('search and facets', () => {
    it('searches on every keystroke without a single request', async () => {
      const el = await directory();
      const apiBase = await testApiBase();
      const requests = countApiRequests(apiBase);
      const before = total(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
      typeInto(input, 'data');
      await el.updateComplete;
      expect(total(el)).to.be.lessThan(before);
      expect(total(el)).to.be.greaterThan(0);
      expect(requests.count()).to.equal(0);
    });

    it('brings the facet counts up to the typed words once typing pauses', async () => {
      const el = await directory();
      const firstCount = () => firstFacetCount(el);
      const unfiltered = firstCount();
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!, 'data');
      await el.updateComplete;
      // The results follow every key at once; the counts wait for a pause (nobody reads them between keys).
      expect(firstCount()).to.equal(unfiltered);
      await waitUntil(() => firstCount() !== unfiltered, 'the facet counts follow the words');
      const expected = firstCount();
      el.shadowRoot!.querySelector<HTMLInputElement>('fieldset[part="facet"] input')!.click();
      await el.updateComplete;
      expect(total(el)).to.equal(expected);
    });

    it('still brings the counts up to date when moved in the page while they were pending', async () => {
      const el = await directory();
      const firstCount = () => firstFacetCount(el);
      const unfiltered = firstCount();
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!, 'data');
      await el.updateComplete;
      const elsewhere = document.createElement('div');
      el.parentElement!.append(elsewhere);
      elsewhere.append(el);
      await waitUntil(() => firstCount() !== unfiltered, 'the facet counts follow the words after the move');
    });

    it('filters with facets, multi-select OR within a facet, counts that ignore their own facet', async () => {
      const el = await directory();
      const boxes = () => [
        ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset[part="facet"]:first-of-type input'),
      ];
      const first = boxes()[0]!;
      const firstCount = Number(
        first.nextElementSibling!.querySelector('.facet-count')!.textContent.replace(/\D/g, ''),
      );
      first.click();
      await el.updateComplete;
      expect(total(el)).to.equal(firstCount);
      const second = boxes()[1]!;
      const secondCount = Number(
        second.nextElementSibling!.querySelector('.facet-count')!.textContent.replace(/\D/g, ''),
      );
      second.click();
      await el.updateComplete;
      expect(total(el)).to.equal(firstCount + secondCount);
    });

    it('applies preset filters from the attribute without offering them', async () => {
      const el = await directory({ preset: 'type=system_integrator&region=europe' });
      await el.updateComplete;
      const all = await directory();
      expect(total(el)).to.be.lessThan(total(all));
      const typeValues = [...el.shadowRoot!.querySelectorAll('fieldset[part="facet"]')]
        .find((f) => f.querySelector('legend')!.textContent.includes('Partner type'))
        ?.querySelectorAll('input');
      expect(typeValues?.length ?? 0).to.equal(0);
    });

    it('announces the result count politely after typing settles', async () => {
      const el = await directory();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
      typeInto(input, 'crm');
      const status = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => /partners? found/.test(status.textContent), 'no announcement', {
        timeout: 3000,
      });
    });

    it('keeps the DOM small for any number of partners (windowed list)', async () => {
      const el = await directory();
      expect(total(el)).to.be.greaterThan(1000);
      expect(cards(el).length).to.be.lessThan(80);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(1500);
    });

    it('renders the rows that show and one more, also when it starts below the fold', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = `${window.innerHeight * 2}px`;
      document.body.prepend(spacer);
      const frame = () => new Promise((settle) => requestAnimationFrame(settle));
      try {
        const el = await directory();
        const columns = () =>
          new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left))).size;
        // Below the fold: only the overscan row.
        await waitUntil(() => cards(el).length === columns(), 'one row below the fold', { timeout: 5000 });
        const list = el.shadowRoot!.querySelector('.list')!;
        const scrollListTopTo = (y: number) => {
          window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - y);
        };
        scrollListTopTo(window.innerHeight / 2);
        await waitUntil(() => cards(el).length > columns(), 'more rows', { timeout: 5000 });
        await frame();
        const pitch =
          cards(el)[columns()]!.getBoundingClientRect().top - cards(el)[0]!.getBoundingClientRect().top;
        // One and a half rows show: two rows intersect the viewport, and one more is rendered.
        scrollListTopTo(window.innerHeight - pitch * 1.5);
        await waitUntil(() => cards(el).length === 3 * columns(), 'the rows that show, plus one', {
          timeout: 5000,
        });
      } finally {
        window.scrollTo(0, 0);
        spacer.remove();
      }
    });

    it('keeps keyboard focus in the list when the focused card leaves the window', async () => {
      const el = await directory();
      const card = cards(el)[0]!;
      card.querySelector<HTMLElement>('.card-link')!.focus();
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + window.innerHeight * 3);
      try {
        await waitUntil(() => !card.isConnected, 'the card left the window', { timeout: 5000 });
        await el.updateComplete;
        // Compared by part name: a failed assertion on DOM nodes this large takes the runner minutes to report.
        expect(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'nothing focused').to.equal('list');
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('keeps keyboard focus on a card that the results move', async () => {
      const el = await directory();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
      // Words set without taking focus from a card: the ranking changes under the focused card.
      const search = async (words: string) => {
        input.value = words;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      const slugs = () => cards(el).map((card) => (card as HTMLElement).dataset.partner!);
      await search('data');
      const broad = slugs();
      await search('data m');
      const narrow = slugs();
      await search('data');
      // Partners in the window for both words, at another place: Lit moves their cards.
      const moving = broad.filter(
        (slug) => narrow.includes(slug) && narrow.indexOf(slug) !== broad.indexOf(slug),
      );
      expect(moving.length).to.be.greaterThan(0);
      for (const slug of moving) {
        el.shadowRoot!.querySelector<HTMLElement>(`[data-partner="${slug}"] .card-link`)!.focus();
        await search('data m');
        const focused = el.shadowRoot!.activeElement;
        expect(focused?.closest<HTMLElement>('.card')?.dataset.partner ?? 'nothing focused', slug).to.equal(
          slug,
        );
        await search('data');
      }
    });

    it('keeps the card of a partner that stays in the window as the list scrolls', async () => {
      const el = await directory();
      // After the grid's first measurement, so the window no longer changes by itself.
      await new Promise((settle) => requestAnimationFrame(settle));
      await el.updateComplete;
      const before = new Map(cards(el).map((card) => [(card as HTMLElement).dataset.partner, card]));
      const first = (cards(el)[0] as HTMLElement).dataset.partner;
      const list = el.shadowRoot!.querySelector('.list')!;
      // Two rows down: the window drops its first rows and gains new ones at the end.
      const rowHeight = cards(el)[0]!.getBoundingClientRect().height + 16;
      window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + rowHeight * 2.5);
      try {
        await waitUntil(() => (cards(el)[0] as HTMLElement).dataset.partner !== first, 'the window moved', {
          timeout: 5000,
        });
        const after = cards(el).map((card) => [(card as HTMLElement).dataset.partner, card] as const);
        const stayed = after.filter(([slug]) => before.has(slug));
        expect(stayed.length).to.be.greaterThan(0);
        expect(stayed.length).to.be.lessThan(after.length);
        // Same node: the card was moved or left alone, not refilled with another partner's text.
        for (const [slug, card] of stayed) expect(card, slug).to.equal(before.get(slug));
      } finally {
        window.scrollTo(0, 0);
      }
    });
  });

  describe('events', () => {
    it('dispatches typed, composed events', async () => {
      const el = await directory();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
      const search = oneEvent(el, 'fw-search-change');
      typeInto(input, 'cloud');
      const event = await search;
      expect(event.detail.q).to.equal('cloud');
      expect(event.composed).to.equal(true);
      expect(event.bubbles).to.equal(true);
    });

    it('lets the host cancel fw-partner-select to route to its own page', async () => {
      const el = await directory();
      el.addEventListener('fw-partner-select', (event) => {
        event.preventDefault();
      });
      const select = oneEvent(el, 'fw-partner-select');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!.click();
      const event = await select;
      expect(event.detail.slug).to.be.a('string');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('fw-partner-profile')).to.equal(null);
    });
  });

  describe('profile', () => {
    it('opens a profile in place, focuses its heading, and returns focus to the card', async () => {
      const el = await directory();
      const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!;
      const slug = link.closest('.card')!.getAttribute('data-partner');
      link.click();
      const profile = await shadowQuery<HTMLElement>(el, 'fw-partner-profile');
      const heading = await shadowQuery<HTMLElement>(profile, '.profile-name');
      await waitUntil(() => profile.shadowRoot!.activeElement === heading, 'heading not focused');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
      await waitUntil(
        () => el.shadowRoot!.activeElement?.closest('.card')?.getAttribute('data-partner') === slug,
        'focus not returned',
      );
    });
  });

  describe('URL sync', () => {
    afterEach(() => {
      history.replaceState(null, '', location.pathname);
    });

    it('writes search and filters to the URL, restores them from it, and follows the back button', async () => {
      history.replaceState(null, '', `${location.pathname}?fw-q=data&fw-tier=gold`);
      const el = await directory({ 'sync-url': true });
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
      expect(input.value).to.equal('data');
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter(
        (c) => c.checked,
      );
      expect(checked.length).to.equal(1);
      const filtered = total(el);
      checked[0]!.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('fw-tier')).to.equal(null);
      expect(total(el)).to.be.greaterThan(filtered);
      history.back();
      await waitUntil(
        () => new URLSearchParams(location.search).get('fw-tier') === 'gold',
        'back did not restore',
      );
      await waitUntil(() => total(el) === filtered, 'results not restored');
    });
  });

  describe('i18n and theming', () => {
    it('speaks German and lays out right-to-left in Arabic', async () => {
      const de = await directory({ locale: 'de' });
      await waitUntil(
        () => /Partner/.test(countText(de)) && de.shadowRoot!.querySelector('input')!.placeholder !== '',
        '',
      );
      expect(de.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!.placeholder).to.match(
        /Suche|Name/,
      );
      const ar = await directory({ locale: 'ar' });
      await waitUntil(
        () => ar.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl',
        'not rtl',
      );
    });

    it('takes brand tokens from CSS and a dark theme', async () => {
      const el = await directory({ theme: 'dark' });
      await el.updateComplete;
      expect(el.dataset.theme).to.equal('dark');
      el.style.setProperty('--fw-color-primary', 'rgb(255, 0, 0)');
      const badge = el.shadowRoot!.querySelector('.facet-values input')!;
      expect(getComputedStyle(badge).accentColor).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('accessibility', () => {
    it('passes axe in the ready state', async () => {
      const el = await directory();
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme and in Arabic', async () => {
      const el = await directory({ theme: 'dark', locale: 'ar' });
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl',
        'not rtl',
      );
      await expect(el).to.be.accessible();
    });
  });
});
