import type { DealStatus } from '@flywheel/contract';
import { DAY_MS } from './seed-clock.js';
import type { SeedDeal } from './generate-deals.js';

/** One row of `deal_registration_events`, as the routes would have written it. */
export interface SeedDealEvent {
  readonly at: string;
  readonly actor: 'partner' | 'platform' | 'system';
  readonly action: string;
  readonly from_status: DealStatus | null;
  readonly to_status: DealStatus;
  readonly message: string | null;
}

const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/**
 * The history a seeded registration would have if it had gone through the API: created, submitted,
 * reviewed, and then what its status says (asked for information, rejected, approved, closed,
 * withdrawn, expired). Times follow its own dates, so the demo's detail view reads in order.
 */
export function seedDealHistory(deal: SeedDeal): SeedDealEvent[] {
  const event = (
    at: string,
    actor: SeedDealEvent['actor'],
    action: string,
    from: DealStatus | null,
    to: DealStatus,
    message: string | null = null,
  ): SeedDealEvent => ({ at, actor, action, from_status: from, to_status: to, message });
  const events = [event(deal.createdAt, 'partner', 'create', null, 'draft')];
  const submitted = deal.submittedAt;
  if (!submitted) return events;
  events.push(event(submitted, 'partner', 'submit', 'draft', 'submitted'));
  const reviewed = plus(submitted, 1);
  const decision = deal.decision as { decided_at: string; message: string | null } | null;
  const infoRequest = deal.infoRequest as { requested_at: string; message: string } | null;
  switch (deal.status) {
    case 'submitted':
      return events;
    case 'withdrawn':
      events.push(
        event(
          plus(submitted, 2),
          'partner',
          'withdraw',
          'submitted',
          'withdrawn',
          'The customer postponed the project.',
        ),
      );
      return events;
    case 'under_review':
      events.push(event(reviewed, 'platform', 'start_review', 'submitted', 'under_review'));
      return events;
    case 'needs_info':
      events.push(event(reviewed, 'platform', 'start_review', 'submitted', 'under_review'));
      if (infoRequest) {
        events.push(
          event(
            infoRequest.requested_at,
            'platform',
            'request_info',
            'under_review',
            'needs_info',
            infoRequest.message,
          ),
        );
      }
      return events;
    case 'rejected':
      events.push(event(reviewed, 'platform', 'start_review', 'submitted', 'under_review'));
      if (decision) {
        events.push(
          event(decision.decided_at, 'platform', 'reject', 'under_review', 'rejected', decision.message),
        );
      }
      return events;
    default: {
      // approved, and what follows an approval: won, lost, expired.
      events.push(event(reviewed, 'platform', 'start_review', 'submitted', 'under_review'));
      const approvedAt = deal.approvedAt ?? reviewed;
      events.push(event(approvedAt, 'platform', 'approve', 'under_review', 'approved'));
      if (deal.status === 'won' || deal.status === 'lost') {
        events.push(
          event(deal.closedAt ?? plus(approvedAt, 30), 'platform', 'close', 'approved', deal.status),
        );
      } else if (deal.status === 'expired') {
        events.push(event(plus(approvedAt, 90), 'system', 'expire', 'approved', 'expired'));
      }
      return events;
    }
  }
}
