import { describe, expect, it } from 'vitest';
import {
  DEAL_ACTIONS,
  DEAL_STATUSES,
  DEAL_TRANSITIONS,
  TERMINAL_DEAL_STATUSES,
  allowedDealActions,
  type DealStatus,
} from '../src/deal-lifecycle.js';

const context = (status: DealStatus, extra: Partial<Parameters<typeof allowedDealActions>[1]> = {}) => ({
  status,
  resubmissionCount: 0,
  extensionsUsed: 0,
  maxExtensions: 1,
  ...extra,
});

describe('deal registration lifecycle', () => {
  it('gives the partner the actions of api-v1 §2.1.3 in every status', () => {
    const table = Object.fromEntries(
      DEAL_STATUSES.map((s) => [s, allowedDealActions('partner', context(s))]),
    );
    expect(table).toEqual({
      draft: ['edit', 'delete', 'submit', 'withdraw'],
      submitted: ['withdraw'],
      under_review: ['withdraw'],
      needs_info: ['edit', 'submit', 'withdraw'],
      approved: ['edit'],
      rejected: [],
      withdrawn: [],
      expired: [],
      won: [],
      lost: [],
    });
  });

  it('gives the platform the review actions only', () => {
    const table = Object.fromEntries(
      DEAL_STATUSES.map((s) => [s, allowedDealActions('platform', context(s))]),
    );
    expect(table).toEqual({
      draft: [],
      submitted: ['start_review', 'approve', 'reject', 'request_info'],
      under_review: ['approve', 'reject', 'request_info'],
      needs_info: [],
      approved: ['extend', 'close', 'cancel'],
      rejected: [],
      withdrawn: [],
      expired: [],
      won: [],
      lost: [],
    });
  });

  it('stops resubmitting after three rounds and extending after the allowed extensions', () => {
    expect(allowedDealActions('partner', context('needs_info', { resubmissionCount: 3 }))).not.toContain(
      'submit',
    );
    expect(allowedDealActions('partner', context('needs_info', { resubmissionCount: 2 }))).toContain(
      'submit',
    );
    expect(allowedDealActions('platform', context('approved', { extensionsUsed: 1 }))).toEqual([
      'close',
      'cancel',
    ]);
  });

  it('never leaves a terminal status', () => {
    for (const status of TERMINAL_DEAL_STATUSES) {
      for (const action of DEAL_ACTIONS) expect(DEAL_TRANSITIONS[action].from).not.toContain(status);
    }
  });
});
