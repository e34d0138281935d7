import { DEAL_STATUSES, CURRENCY_EXPONENTS, type DealRegistration } from '@flywheel/contract';
import type { FwDealList } from '@flywheel/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { clearField, dealField, dealText, submitDeal } from './support/deal-dom.js';
import { STORY_WITHDRAW_REASON, clearStoryDrafts } from './support/deal-story-api.js';
import {
  create,
  dealApiOf,
  detailsOf,
  eventually,
  findInShadow,
  readNumber,
  shadow,
  shadowAll,
  text,
  widget,
} from './support/dom.js';

interface DealListArgs {
  locale: string;
  theme: '' | 'light' | 'dark' | 'auto';
  'api-base': string;
  'session-url': string;
}

const listOf = (canvasElement: HTMLElement): FwDealList => widget(canvasElement, 'fw-deal-list');

/** Waits for the table of registrations; returns the list. */
async function shown(canvasElement: HTMLElement): Promise<FwDealList> {
  const list = listOf(canvasElement);
  await findInShadow(list, 'table[part="table"]');
  return list;
}

const rows = (list: FwDealList): HTMLElement[] => shadowAll(list, 'tr[part="row"]');

/** The row of a registration (its first cell is the number). */
function rowOf(list: FwDealList, registration: DealRegistration): HTMLElement {
  const row = rows(list).find((candidate) => text(candidate.querySelector('button')) === registration.number);
  // `globalThis`: this module exports a story named `Error`.
  if (!row) throw new globalThis.Error(`No row for ${registration.number}`);
  return row;
}

/** Money as the list shows it: the currency's own minor digits (none for JPY, three for KWD). */
function money(registration: DealRegistration, locale = 'en'): string {
  const { amount, currency } = registration.opportunity.amount;
  const digits = CURRENCY_EXPONENTS[currency] ?? 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .format(amount / 10 ** digits)
    .replace(/\s+/g, ' '); // as `text()` reads it
}

/** Opens a registration from its row; waits until the detail has its focus. */
async function openDetail(list: FwDealList, registration: DealRegistration): Promise<HTMLElement> {
  await userEvent.click(rowOf(list, registration).querySelector('button')!);
  const detail = await findInShadow(list, '[part="detail"]');
  await eventually(() =>
    expect(list.shadowRoot?.activeElement?.classList.contains('detail-title')).toBe(true),
  );
  return detail;
}

/** The detail's history, one line per entry, once it has loaded. */
async function historyLines(list: FwDealList): Promise<string[]> {
  const history = await findInShadow(list, '[part="history"]');
  return [...history.querySelectorAll('li')].map((item) => text(item.querySelector('span')));
}

const status = (key: string) => dealText(`dealStatus_${key}` as Parameters<typeof dealText>[0]);
const headerStatus = (list: FwDealList) => text(shadow(list, '.detail-header [part="status"]'));

const meta = {
  title: 'Elements/fw-deal-list',
  component: 'fw-deal-list',
  // The partner-session API of deal-story-api.ts, on the element (the provider holds the directory's client).
  render: (args, context) => create('fw-deal-list', { ...args }, { client: dealApiOf(context).client }),
  parameters: { dealApi: {} },
  // Editing after "needs info" embeds the deal form, which keeps drafts: start and end without one.
  beforeEach: () => {
    clearStoryDrafts();
    return () => {
      clearStoryDrafts();
    };
  },
  args: { locale: '', theme: '', 'api-base': '', 'session-url': '' },
  argTypes: {
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'api-base': { control: 'text', description: 'Ignored here: the story’s `client` wins over it' },
    'session-url': { control: 'text', description: 'Ignored here, like `api-base`' },
  },
} satisfies Meta<DealListArgs>;

export default meta;
type Story = StoryObj<DealListArgs>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const list = await shown(canvasElement);
    const base = shadow(list, '[part="base"]')!;
    await expect(base.getAttribute('role')).toBe('region');
    await expect(base.getAttribute('aria-label')).toBe(dealText('dealListLabel'));
  },
};

/**
 * One registration in every status, newest first, each amount in its own currency (JPY without
 * decimals, KWD with three), and the approved one's protection ending in ten days marked "expiring soon".
 */
export const Ready: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const registrations = api.registrations();
    await expect(rows(list)).toHaveLength(registrations.length);
    await expect(readNumber(text(shadow(list, '.count')))).toBe(registrations.length);
    await expect(rows(list).map((row) => text(row.querySelector('button')))).toEqual(
      registrations.map((registration) => registration.number),
    );
    const badges = shadowAll(list, '[part="status"]');
    await expect(badges.map((badge) => badge.dataset.status).sort()).toEqual([...DEAL_STATUSES].sort());
    for (const badge of badges) await expect(text(badge)).toBe(status(badge.dataset.status!));
    for (const registration of registrations) {
      await expect(text(rowOf(list, registration).querySelector('td.num'))).toBe(money(registration));
    }
    const yen = registrations.find((r) => r.opportunity.amount.currency === 'JPY')!;
    const dinar = registrations.find((r) => r.opportunity.amount.currency === 'KWD')!;
    await expect(text(rowOf(list, yen).querySelector('td.num'))).not.toContain('.');
    await expect(text(rowOf(list, dinar).querySelector('td.num'))).toMatch(/\.\d{3}$/);
    // Only the approved registration is protected now, for ten more days.
    const expiring = shadowAll(list, '[part="expiring"]');
    await expect(expiring).toHaveLength(1);
    await expect(text(expiring[0])).toBe(dealText('dealExpiringSoon'));
    const approved = rowOf(list, api.withStatus('approved'));
    await expect(approved.contains(expiring[0]!)).toBe(true);
    const inTenDays = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(10, 'day');
    await expect(text(approved.querySelector('.protection'))).toContain(
      dealText('dealProtectionEnds', { relative: inTenDays }),
    );
    await expect(text(rowOf(list, api.withStatus('expired')).querySelector('.protection'))).toBe('—');
    await expect(api.requests[0]?.search).toContain('limit=20');
  },
};

export const Loading: Story = {
  parameters: { dealApi: { delay: 'forever' } },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    const state = await findInShadow(list, '[part="state"][data-state="loading"]');
    await expect(state.getAttribute('aria-busy')).toBe('true');
    await expect(text(state.querySelector('[role="status"]'))).toBe(dealText('dealListLoading'));
    await expect(shadow(list, 'table')).toBeNull();
  },
};

/** A partner who has registered nothing yet. */
export const Empty: Story = {
  parameters: { dealApi: { empty: true } },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    const empty = await findInShadow(list, '[part="state"][data-state="empty"]');
    await expect(text(empty.querySelector('.state-title'))).toBe(dealText('dealListEmptyTitle'));
    await expect(readNumber(text(shadow(list, '.count')))).toBe(0);
    await expect(shadow(list, 'table')).toBeNull();
    await expect(shadow(list, '[part="pagination"]')).toBeNull();
  },
};

/** The search runs on the server; nothing matches, then clearing it brings the registrations back. */
export const NoMatch: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const search = shadow(list, '[part="filters"] input[type="search"]', HTMLInputElement)!;
    await userEvent.type(search, 'zz-nothing');
    const empty = await findInShadow(list, '[part="state"][data-state="empty"]');
    await expect(text(empty.querySelector('.state-title'))).toBe(dealText('dealListNoMatchTitle'));
    await expect(text(empty)).toContain(dealText('dealListNoMatchBody'));
    await expect(api.requests.at(-1)?.search).toContain('q=zz-nothing');
    await clearField(search);
    await eventually(() => expect(rows(list)).toHaveLength(api.registrations().length));
  },
};

/** The list could not load: said with a retry, reported with `fw-error`; "Try again" loads it. */
export const Error: Story = {
  parameters: { dealApi: { failure: 'server' } },
  play: async (context) => {
    const api = dealApiOf(context);
    const list = listOf(context.canvasElement);
    const alert = await findInShadow(list, '[part="state"][data-state="error"]');
    await expect(alert.getAttribute('role')).toBe('alert');
    await expect(text(alert.querySelector('.state-title'))).toBe(dealText('dealListErrorTitle'));
    await eventually(() =>
      expect(detailsOf(api, 'fw-error')).toContainEqual(expect.objectContaining({ code: 'internal_error' })),
    );
    api.setFailure(undefined);
    await userEvent.click(alert.querySelector<HTMLButtonElement>('[part="retry"]')!);
    await shown(context.canvasElement);
  },
};

/** An approved registration: its facts, its protection (expiring soon) and its history; back returns focus. */
export const Detail: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const approved = api.withStatus('approved');
    const detail = await openDetail(list, approved);
    await expect(text(detail.querySelector('.detail-title'))).toBe(
      `${approved.number} · ${approved.customer.company_name}`,
    );
    await expect(headerStatus(list)).toBe(status('approved'));
    await expect(text(detail.querySelector('.facts'))).toContain(money(approved));
    await expect(text(detail)).toContain(dealText('dealExpiringSoon'));
    const you = dealText('dealActor_partner');
    const team = dealText('dealActor_platform');
    await expect(await historyLines(list)).toEqual([
      dealText('dealEventCreated', { actor: you, to: status('draft') }),
      dealText('dealEvent', { actor: you, from: status('draft'), to: status('submitted') }),
      dealText('dealEvent', { actor: team, from: status('submitted'), to: status('under_review') }),
      dealText('dealEvent', { actor: team, from: status('under_review'), to: status('approved') }),
    ]);
    // Approved: nothing to withdraw or resubmit here.
    await expect(shadow(list, '[part="withdraw"]')).toBeNull();
    await expect(shadow(list, '[part="edit"]')).toBeNull();
    await userEvent.click(shadow(list, '.back')!);
    await eventually(() =>
      expect(list.shadowRoot?.activeElement?.id).toMatch(new RegExp(`-row-${approved.id}$`)),
    );
  },
};

/**
 * The program team asked a question: the detail shows it with the resubmissions left; "Edit and
 * resubmit" opens the form in place, and sending it makes the registration submitted again.
 */
export const NeedsInfo: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const needsInfo = api.withStatus('needs_info');
    const filter = shadow(list, '[part="filters"] select', HTMLSelectElement)!;
    await userEvent.selectOptions(filter, 'needs_info');
    await eventually(() => expect(rows(list)).toHaveLength(1));
    await expect(api.requests.at(-1)?.search).toContain('status=needs_info');
    await openDetail(list, needsInfo);
    const question = shadow(list, '[part="info-request"]')!;
    await expect(text(question)).toContain(needsInfo.info_request!.message);
    await expect(text(question)).toContain(dealText('dealDetailResubmitsLeft', { count: 3 }));
    const edit = shadow(list, '[part="edit"]')!;
    await expect(text(edit)).toBe(dealText('dealDetailEditResubmit'));
    await expect(shadow(list, '[part="withdraw"]')).not.toBeNull();
    await userEvent.click(edit);
    const form = await findInShadow(list, 'fw-deal-form');
    await findInShadow(form, 'form[part="form"]');
    await expect(dealField(form, 'customer/company_name').value).toBe(needsInfo.customer.company_name);
    await userEvent.type(dealField(form, 'contact/phone'), '+4930123456');
    await submitDeal(form);
    await eventually(() => expect(headerStatus(list)).toBe(status('submitted')));
    await expect(shadow(list, '[part="info-request"]')).toBeNull();
    await expect(shadow(list, 'fw-deal-form')).toBeNull();
    await expect(detailsOf(api, 'fw-deal-submitted')).toEqual([
      { id: needsInfo.id, number: needsInfo.number, status: 'submitted' },
    ]);
    await expect(api.requests.find((r) => r.method === 'PATCH')?.body).toMatchObject({
      contact: { phone: '+4930123456' },
    });
    const you = dealText('dealActor_partner');
    await eventually(async () =>
      expect((await historyLines(list)).at(-1)).toBe(
        dealText('dealEvent', { actor: you, from: status('needs_info'), to: status('submitted') }),
      ),
    );
  },
};

/** Withdrawing with a reason: sent once, the status becomes Withdrawn, the history and the host are told. */
export const Withdraw: Story = {
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const submitted = api.withStatus('submitted');
    const detail = await openDetail(list, submitted);
    // The customer is one of the platform's protected accounts: the duplicate check says so.
    await expect(text(detail)).toContain(dealText('dealCheckConflict'));
    await userEvent.click(shadow(list, '[part="withdraw"]')!);
    const reason = await findInShadow(list, '[part="withdraw-form"] textarea');
    await userEvent.type(reason, STORY_WITHDRAW_REASON);
    await userEvent.click(shadow(list, '[part="withdraw-confirm"]')!);
    await eventually(() => expect(headerStatus(list)).toBe(status('withdrawn')));
    await expect(shadow(list, '[part="withdraw"]')).toBeNull();
    await expect(text(shadow(list, '.detail [role="status"]'))).toBe(
      dealText('dealWithdrawn', { number: submitted.number }),
    );
    await expect(detailsOf(api, 'fw-deal-withdrawn')).toEqual([
      { id: submitted.id, number: submitted.number },
    ]);
    const posts = api.requests.filter((r) => r.path === `/v1/deal_registrations/${submitted.id}/withdraw`);
    await expect(posts).toHaveLength(1);
    await expect(posts[0]?.headers['idempotency-key']).toBeTruthy();
    await expect(posts[0]?.body).toEqual({ reason: STORY_WITHDRAW_REASON });
    const you = dealText('dealActor_partner');
    await eventually(async () =>
      expect((await historyLines(list)).at(-1)).toBe(
        dealText('dealEvent', { actor: you, from: status('submitted'), to: status('withdrawn') }),
      ),
    );
    await expect(text(shadow(list, '[part="history"] li:last-child q'))).toBe(STORY_WITHDRAW_REASON);
    // Back in the list, the row shows the new status.
    await userEvent.click(shadow(list, '.back')!);
    await eventually(() =>
      expect(text(rowOf(list, submitted).querySelector('[part="status"]'))).toBe(status('withdrawn')),
    );
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await shown(canvasElement);
    await expect(list.dataset.theme).toBe('dark');
    await expect(getComputedStyle(shadow(list, '[part="base"]')!).color).toBe('rgb(249, 250, 251)');
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const api = dealApiOf(context);
    const list = await shown(context.canvasElement);
    const base = shadow(list, '[part="base"]')!;
    await expect(base.getAttribute('dir')).toBe('rtl');
    await expect(base.getAttribute('lang')).toBe('ar');
    await expect(getComputedStyle(shadow(list, 'table')!).direction).toBe('rtl');
    const approved = api.withStatus('approved');
    const badge = rowOf(list, approved).querySelector('[part="status"]');
    await expect(text(badge)).not.toBe(status('approved'));
    await expect(text(badge)).toMatch(/[\u0600-\u06ff]/);
    // Amounts in Arabic number formatting, still in their own currency.
    await expect(text(rowOf(list, approved).querySelector('td.num'))).toBe(money(approved, 'ar'));
  },
};
