import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { dealRegistrations } from '@flywheel/sdk/deals';
import '../define.js';
import type { FwDealList } from './deal-list.js';
import { shadowQuery, testApiBase } from '../test-support.js';
import { partnerClient, sessionUrl, unique, waitForText } from '../deals/deal-test-support.js';

// The first golden partner has a registration in every status in the seed.
const PARTNER = 'northwind-revenue-labs';

async function dealList(partner = PARTNER): Promise<FwDealList> {
  const el = await fixture<FwDealList>(
    html`<fw-deal-list
      api-base=${await testApiBase()}
      session-url=${sessionUrl(partner)}
      locale="en"
    ></fw-deal-list>`,
  );
  await shadowQuery(el, 'table[part="table"]');
  return el;
}

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tr[part="row"]')];

describe('<fw-deal-list>', () => {
  it('lists the partner’s registrations with status, stage, amount, close date and protection', async () => {
    const el = await dealList();
    expect(rows(el).length).to.be.greaterThan(3);
    const statuses = rows(el).map((row) => row.querySelector('[part="status"]')!.getAttribute('data-status'));
    expect(statuses).to.include('approved');
    const text = rows(el)
      .map((row) => row.textContent)
      .join(' ');
    expect(text).to.match(/¥|JP¥|KWD|€|\$/); // amounts in their own currencies
    expect(el.shadowRoot!.querySelector('[part="expiring"]')?.textContent).to.equal('Expiring soon');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('filters by status and searches on the server', async () => {
    const el = await dealList();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[id$="-status"]')!;
    select.value = 'approved';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () =>
        rows(el).length > 0 &&
        rows(el).every(
          (row) => row.querySelector('[part="status"]')!.getAttribute('data-status') === 'approved',
        ),
      'not filtered',
    );
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[id$="-q"]')!;
    search.value = 'zz-nothing-matches';
    search.dispatchEvent(new Event('input'));
    await shadowQuery(el, '[data-state="empty"]');
    await waitForText(el, '[data-state="empty"]', /No registrations match/);
  });

  it('pages through the registrations with the server’s cursors', async () => {
    const partner = 'tidewater-ops-collective';
    const deals = dealRegistrations(await partnerClient(partner));
    const form = await deals.form();
    const close = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 21; i++) {
      const company = unique(`Paging ${i}`);
      await deals.create(
        {
          customer: {
            company_name: company,
            domain: `${company.split(' ')[2]}.paging.example`,
            country: 'US',
          },
          contact: { first_name: 'P', last_name: 'Q', email: 'p@paging.example' },
          opportunity: {
            amount: { amount: 100_00, currency: form.default_currency },
            expected_close_date: close,
            deal_type: 'new_business',
            products: [],
            sourcing: 'partner_sourced',
          },
          custom_fields: { use_case: 'analytics' },
        },
        {},
      );
    }
    const el = await dealList(partner);
    expect(rows(el).length).to.equal(20);
    const firstPage = rows(el)[0]!.textContent;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pagination"] button:last-of-type')!.click();
    await waitUntil(() => rows(el)[0]?.textContent !== firstPage, 'no second page');
    expect(el.shadowRoot!.querySelector('[part="pagination"]')!.textContent).to.match(/21–2\d of 2\d/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pagination"] button:first-of-type')!.click();
    await waitUntil(() => rows(el)[0]?.textContent === firstPage, 'not back on the first page');
  });

  it('opens a registration with its history, and withdraws it with a reason', async () => {
    const partner = 'halcyon-meridian-group';
    const deals = dealRegistrations(await partnerClient(partner));
    const company = unique('Withdraw Me');
    const created = await deals.create({
      customer: { company_name: company, domain: `${company.split(' ')[2]}.withdraw.example`, country: 'FR' },
      contact: { first_name: 'W', last_name: 'D', email: 'w@withdraw.example' },
      opportunity: {
        amount: { amount: 5000_00, currency: 'EUR' },
        expected_close_date: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
        deal_type: 'expansion',
        products: [],
        sourcing: 'partner_assisted',
      },
      custom_fields: { use_case: 'marketing' },
      submit: true,
    });
    const el = await dealList(partner);
    const withdrawn: Event[] = [];
    el.addEventListener('fw-deal-withdrawn', (event) => withdrawn.push(event));
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[id$="-row-${created.id}"]`)!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.classList.contains('detail-title'),
      'focus not on the detail',
    );
    await waitForText(el, '[part="history"]', /You/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="withdraw"]')!.click();
    await el.updateComplete;
    const reason = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[id$="-reason"]')!;
    reason.value = 'Customer postponed';
    reason.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="withdraw-confirm"]')!.click();
    await waitUntil(() => withdrawn.length === 1, 'no fw-deal-withdrawn');
    await waitForText(el, '.detail-header [part="status"]', /Withdrawn/);
    expect((await deals.get(created.id)).status).to.equal('withdrawn');
    // Back to the list, focus returns to the row it came from.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id.endsWith(`-row-${created.id}`),
      'focus not back on the row',
    );
  });

  it('shows a registration that needs info with the team’s question, and resubmits it after an edit', async () => {
    const el = await dealList();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[id$="-status"]')!;
    select.value = 'needs_info';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => rows(el).length > 0 && rows(el).every((row) => /Needs info/.test(row.textContent)),
      'no needs_info',
    );
    rows(el)[0]!.querySelector('button')!.click();
    await shadowQuery(el, '[part="info-request"]');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="edit"]')!.click();
    const form = await shadowQuery<HTMLElement>(el, 'fw-deal-form');
    await shadowQuery(form, 'form[part="form"]');
    const notes = form.shadowRoot!.querySelector<HTMLTextAreaElement>('[id$="-notes"]')!;
    notes.value = 'Added the decision maker as asked.';
    notes.dispatchEvent(new Event('input'));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitForText(el, '.detail-header [part="status"]', /Submitted/, 15000);
  });

  it('shows a registration’s strings as text, never as markup', async () => {
    const partner = 'suifu-ventures';
    const deals = dealRegistrations(await partnerClient(partner));
    const company = `<img src=x onerror="window.__xss=1">${unique('Xss')}`;
    const created = await deals.create({
      customer: { company_name: company, domain: `${company.slice(-6)}.xss-list.example`, country: 'JP' },
      contact: {
        first_name: '<b>bold</b>',
        last_name: '"><svg onload=window.__xss=2>',
        email: 'x@xss-list.example',
      },
      opportunity: {
        amount: { amount: 125000, currency: 'JPY' },
        expected_close_date: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        deal_type: 'renewal',
        products: [],
        sourcing: 'partner_sourced',
      },
      notes: '<script>window.__xss=3</script>',
      custom_fields: { use_case: 'analytics' },
    });
    const el = await dealList(partner);
    expect(el.shadowRoot!.textContent).to.contain(company);
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[id$="-row-${created.id}"]`)!.click();
    await waitForText(el, '.facts', /<script>window.__xss=3<\/script>/);
    expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
