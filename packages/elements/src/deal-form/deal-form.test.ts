import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { FwDealForm } from './deal-form.js';
import type { FwDealConflictEvent } from '../deals/deal-events.js';
import { shadowQuery, testApiBase } from '../test-support.js';
import {
  fieldOf,
  fillValidDeal,
  registrationsMatching,
  sessionUrl,
  type,
  unique,
  waitForText,
} from '../deals/deal-test-support.js';

// Each test acts as its own partner where drafts or counts could meet another test's.
const PARTNER = 'kestrel-cloud-consulting';

async function dealForm(partner = PARTNER): Promise<FwDealForm> {
  const el = await fixture<FwDealForm>(
    html`<fw-deal-form
      api-base=${await testApiBase()}
      session-url=${sessionUrl(partner)}
      locale="en"
    ></fw-deal-form>`,
  );
  await shadowQuery(el, 'form[part="form"]');
  return el;
}

describe('<fw-deal-form>', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('renders the server-described form, custom fields included, and is accessible', async () => {
    const el = await dealForm();
    const labels = [...el.shadowRoot!.querySelectorAll('label, legend')].map((node) =>
      node.textContent.trim(),
    );
    expect(labels.some((text) => text.startsWith('Company name'))).to.equal(true);
    // Custom fields of the seeded program, with their own labels and types.
    expect(labels.some((text) => text.startsWith('Seats'))).to.equal(true);
    expect(fieldOf(el, 'custom_fields-kickoff_date').type).to.equal('date');
    expect(el.shadowRoot!.querySelector('[id$="-custom_fields-use_case"]')!.tagName).to.equal('SELECT');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('validates as the partner types, with the schema the server uses', async () => {
    const el = await dealForm();
    type(el, 'contact-email', 'not-an-email');
    await waitForText(el, '[id$="-contact-email-error"]', /email address/);
    expect(fieldOf(el, 'contact-email').getAttribute('aria-invalid')).to.equal('true');
    type(el, 'opportunity-amount', '12.345');
    await waitForText(el, '[id$="-opportunity-amount-error"]', /at most 2 decimals/);
    type(el, 'contact-email', 'buyer@example.com');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[id$="-contact-email-error"]')).to.equal(null);
  });

  it('moves focus to the first invalid field on submit and keeps what was typed', async () => {
    const el = await dealForm();
    type(el, 'contact-first_name', 'Alex');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement?.id.endsWith('-customer-company_name'),
      'focus not moved',
    );
    await waitForText(el, '.error-summary', /Please correct \d+ fields/);
    expect(fieldOf(el, 'contact-first_name').value).to.equal('Alex');
  });

  it('shows the conflict pre-check for a protected customer within a moment of typing, and says so with an event', async () => {
    // A partner without a registration of its own for this customer (the seed gives it none).
    const el = await dealForm('bluefin-data-systems');
    const conflicts: FwDealConflictEvent[] = [];
    el.addEventListener('fw-deal-conflict', (event) => conflicts.push(event));
    type(el, 'customer-company_name', 'Fabrikam');
    type(el, 'customer-domain', 'https://shop.fabrikam-retail.example/de');
    (fieldOf(el, 'customer-country') as unknown as HTMLSelectElement).value = 'DE';
    fieldOf(el, 'customer-country').dispatchEvent(new Event('change'));
    const precheck = await waitForText(el, '[part="precheck"]', /already protected/, 5000);
    expect(precheck.getAttribute('data-status')).to.equal('conflict');
    expect(conflicts[0]!.detail).to.deep.include({ status: 'conflict' });
  });

  it('saves a draft as the partner types (no token in storage) and restores it after a reload, with a way to discard', async () => {
    const el = await dealForm();
    const saves: Event[] = [];
    el.addEventListener('fw-deal-draft-save', (event) => saves.push(event));
    type(el, 'customer-company_name', 'Draft Company');
    type(el, 'notes', 'Half-written notes');
    await waitUntil(() => saves.length > 0, 'no fw-deal-draft-save', { timeout: 3000 });
    const stored = Object.entries(localStorage).filter(([key]) => key.startsWith('flywheel:deal-draft'));
    expect(stored.length).to.equal(1);
    expect(stored[0]![0]).to.contain('prog_'); // namespaced by program…
    expect(stored[0]![1]).to.contain('Draft Company');
    expect(stored[0]![1]).not.to.match(/ps_|sk_|pk_/); // …and never holds a credential
    el.remove();

    const again = await dealForm();
    expect(fieldOf(again, 'customer-company_name').value).to.equal('Draft Company');
    expect(fieldOf(again, 'notes').value).to.equal('Half-written notes');
    await waitForText(again, '[part="notice"]', /restored the draft/);
    again.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await again.updateComplete;
    expect(fieldOf(again, 'customer-company_name').value).to.equal('');
    expect(Object.keys(localStorage).some((key) => key.startsWith('flywheel:deal-draft'))).to.equal(false);
  });

  it('keeps drafts apart per partner', async () => {
    const first = await dealForm(PARTNER);
    type(first, 'customer-company_name', 'Only for Kestrel');
    first.remove(); // saves at once
    const other = await dealForm('bluefin-data-systems');
    expect(fieldOf(other, 'customer-company_name').value).to.equal('');
  });

  it('submits once on a double click and shows the registration number, status and next steps', async () => {
    const el = await dealForm();
    const company = unique('Double Click');
    const submitted: Event[] = [];
    el.addEventListener('fw-deal-submitted', (event) => submitted.push(event));
    await fillValidDeal(el, company, `${company.split(' ')[2]}.dbl.example`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    button.click();
    button.click();
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    const success = await shadowQuery(el, '[part="success"]');
    expect(success.textContent).to.match(/Registration DR-\S+ submitted/);
    expect(success.textContent).to.contain('Submitted');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('submitted-title'), 'focus');
    expect(submitted.length).to.equal(1);
    expect(await registrationsMatching(PARTNER, company)).to.equal(1);
    // The draft is gone once the registration is stored.
    expect(Object.keys(localStorage).some((key) => key.startsWith('flywheel:deal-draft'))).to.equal(false);
  });

  it('moved in the page in the middle of a submit (as a framework may), sends once and shows the result', async () => {
    const el = await dealForm();
    const company = unique('Moved Midway');
    await fillValidDeal(el, company, `${company.split(' ')[2]}.moved.example`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    // Taken out and put back while the request is on its way (a real reload is the end-to-end test's).
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const success = await shadowQuery(el, '[part="success"]');
    expect(success.textContent).to.match(/Registration DR-\S+ submitted/);
    expect(await registrationsMatching(PARTNER, company)).to.equal(1);
  });

  it('refuses a second registration of the same customer and names the first', async () => {
    const company = unique('Twice Registered');
    const domain = `${company.split(' ')[2]}.twice.example`;
    const first = await dealForm();
    await fillValidDeal(first, company, domain);
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const success = await shadowQuery(first, '[part="success"]');
    const number = /DR-\S+/.exec(success.textContent)![0];
    first.remove();
    const second = await dealForm();
    await fillValidDeal(second, company, domain);
    await waitForText(second, '[part="precheck"]', /already registered this customer/, 5000);
    second.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitForText(second, '.error-summary', new RegExp(`already registered this customer: ${number}`));
    expect(fieldOf(second, 'customer-company_name').value).to.equal(company);
    expect(await registrationsMatching(PARTNER, company)).to.equal(1);
  });

  it('stores XSS strings as typed and shows them as text', async () => {
    const el = await dealForm();
    const payload = `<img src=x onerror="window.__xss=1">${unique('Xss')}`;
    await fillValidDeal(el, payload, `${payload.slice(-6)}.xss.example`);
    type(el, 'notes', '<script>window.__xss=2</script>');
    type(el, 'opportunity-name', '"><svg onload=window.__xss=3>');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await shadowQuery(el, '[part="success"]');
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('says deal registration is not available without a partner session', async () => {
    const el = await fixture<FwDealForm>(
      html`<fw-deal-form api-base=${await testApiBase()} publishable-key="pk_test_demo"></fw-deal-form>`,
    );
    await shadowQuery(el, '[data-state="not-allowed"]');
  });
});
