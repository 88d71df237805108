import { describe, expect, it } from 'vitest';
import { type Client, LICENCES_SEEN_NOTE } from '../../../utils/model/client';
import { flowProgress, flowSteps, LICENCES_SEEN, licencesSeen, timelineOf } from '../../../utils/queue/flow';
import { formatDuration } from '../../../utils/queue/time';
import { client } from '../fixtures';

const MIN = 60_000;
const entry = (step: Client['history'][number]['step'], at: string, note?: string) => ({
  step,
  at,
  by: 'assistant' as const,
  ...(note ? { note } : {}),
});

describe('where a client is in the guide’s flow', () => {
  it('takes the authorisation steps with a tenant, the new tenancy without', () => {
    expect(flowSteps(client('a', { existingTenant: true }))).toEqual([
      'catalogue',
      'basket',
      'customer-select',
      'new-customer',
      'service-details',
      'authorization',
      'default-domain',
      'confirmation',
    ]);
    expect(flowSteps(client('b', { existingTenant: false }))).toEqual([
      'catalogue',
      'basket',
      'customer-select',
      'new-customer',
      'service-details',
      'new-tenant',
      'confirmation',
    ]);
    // A step the client did go through stays, whatever its record says of its tenant.
    const odd = client('c', {
      existingTenant: false,
      history: [entry('authorization', '2026-11-20T00:00:00Z')],
    });
    expect(flowSteps(odd)).toContain('authorization');
  });

  it('counts the stages reached, names the current one and says when it moved', () => {
    expect(flowProgress(client('new'))).toEqual({
      reached: 0,
      total: 9,
      current: 'Not started',
      movedAt: null,
    });
    const going = client('a', {
      history: [
        entry('catalogue', '2026-11-20T00:00:00.000Z'),
        entry('service-details', '2026-11-20T00:20:00.000Z'),
        // Seen again earlier in the flow later on: the furthest step stays the current one.
        entry('basket', '2026-11-20T00:30:00.000Z'),
      ],
    });
    expect(flowProgress(going)).toEqual({
      reached: 5,
      total: 9,
      current: 'Service details',
      movedAt: '2026-11-20T00:30:00.000Z',
    });
  });

  it('counts a kept order as its confirmation, when the timeline does not have it', () => {
    const ordered = client('a', {
      existingTenant: false,
      status: 'ordered',
      order: { submittedAt: '2026-11-18T01:00:00.000Z', subscriptions: [] },
    });
    expect(flowProgress(ordered)).toEqual({
      reached: 7,
      total: 8,
      current: 'Order confirmation',
      movedAt: '2026-11-18T01:00:00.000Z',
    });
    expect(timelineOf(ordered).parts.map((p) => [p.label, p.at])).toEqual([
      ['Order confirmation', '2026-11-18T01:00:00.000Z'],
    ]);
  });

  it('ends at the licences seen, with or without a recorded time', () => {
    const ordered = client('a', {
      status: 'licences-seen',
      history: [entry('confirmation', '2026-11-20T01:00:00.000Z')],
    });
    expect(flowProgress(ordered)).toMatchObject({ reached: 9, total: 9, current: LICENCES_SEEN });
    expect(licencesSeen(ordered)).toEqual({ seen: true, at: null });
    const timed: Client = {
      ...ordered,
      order: {
        submittedAt: '2026-11-20T01:00:00.000Z',
        subscriptions: [],
        licencesSeenAt: '2026-11-20T01:04:00.000Z',
      },
    };
    expect(licencesSeen(timed)).toEqual({ seen: true, at: '2026-11-20T01:04:00.000Z' });
    expect(flowProgress(timed).movedAt).toBe('2026-11-20T01:04:00.000Z');
    expect(licencesSeen(client('q'))).toEqual({ seen: false, at: null });
  });
});

describe('the client’s timeline', () => {
  it('runs from the first step to the licences seen, each part with the time it took', () => {
    const c = {
      ...client('a', {
        status: 'licences-seen',
        // Out of order on purpose: a step ticked by hand is added at the end.
        history: [
          entry('catalogue', '2026-11-20T00:00:00.000Z'),
          entry('authorization', '2026-11-20T00:10:00.000Z', 'link copied'),
          entry('default-domain', '2026-11-20T03:10:00.000Z'),
          entry('confirmation', '2026-11-20T03:15:00.000Z'),
          entry('basket', '2026-11-20T00:02:00.000Z'),
        ],
      }),
      order: {
        submittedAt: '2026-11-20T03:15:00.000Z',
        subscriptions: [],
        licencesSeenAt: '2026-11-20T03:19:00.000Z',
      },
    } as Client;
    const { parts, totalMs } = timelineOf(c);
    expect(parts.map((p) => [p.label, p.tookMs])).toEqual([
      ['Pick licences', 2 * MIN],
      ['Basket', 8 * MIN],
      ['Authorisation link', 180 * MIN],
      ['Default domain', 5 * MIN],
      ['Order confirmation', 4 * MIN],
      [LICENCES_SEEN, null],
    ]);
    expect(parts[2]?.note).toBe('link copied');
    expect(totalMs).toBe((3 * 60 + 19) * MIN);
  });

  it('says the licences seen once, where the timeline notes them beside the order', () => {
    const c = client('a', {
      status: 'licences-seen',
      history: [
        entry('confirmation', '2026-11-20T03:15:00.000Z'),
        entry('confirmation', '2026-11-20T03:21:00.000Z', LICENCES_SEEN_NOTE),
      ],
      order: {
        submittedAt: '2026-11-20T03:15:00.000Z',
        subscriptions: [],
        licencesSeenAt: '2026-11-20T03:21:00.000Z',
      },
    });
    expect(timelineOf(c).parts.map((p) => [p.label, p.tookMs])).toEqual([
      ['Order confirmation', 6 * MIN],
      [LICENCES_SEEN, null],
    ]);
    // Without the order's time, the note's.
    expect(licencesSeen({ ...c, order: undefined })).toEqual({ seen: true, at: '2026-11-20T03:21:00.000Z' });
  });

  it('has nothing to total with one step or none', () => {
    expect(timelineOf(client('a'))).toEqual({ parts: [], totalMs: null });
    const one = timelineOf(client('b', { history: [entry('catalogue', '2026-11-20T00:00:00.000Z')] }));
    expect(one.parts).toHaveLength(1);
    expect(one.parts[0]?.tookMs).toBeNull();
    expect(one.totalMs).toBeNull();
  });
});

describe('durations', () => {
  it('reads as a person says them', () => {
    expect(formatDuration(0)).toBe('under a minute');
    expect(formatDuration(59_999)).toBe('under a minute');
    expect(formatDuration(12 * MIN)).toBe('12 min');
    expect(formatDuration(60 * MIN)).toBe('1 h');
    expect(formatDuration(185 * MIN)).toBe('3 h 5 min');
    expect(formatDuration(24 * 60 * MIN)).toBe('1 d');
    expect(formatDuration((2 * 24 + 4) * 60 * MIN + 7 * MIN)).toBe('2 d 4 h');
    expect(formatDuration(Number.NaN)).toBe('under a minute');
  });
});
