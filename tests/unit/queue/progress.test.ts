import { describe, expect, it } from 'vitest';
import { queueEntryOf } from '../../../utils/queue/index';
import { matchesSearch, progressOf, sortQueue } from '../../../utils/queue/progress';
import { sampleData } from '../portal-page';

const { clients } = sampleData();
const byId = (id: string) => {
  const client = clients.find((c) => c.id === id);
  if (!client) throw new Error(id);
  return client;
};

describe('the queue', () => {
  it('shows each client’s progress from its timeline', () => {
    const progress = progressOf(byId('c-360business'));
    expect([...progress.done].sort()).toEqual(['authorization', 'catalogue', 'new-customer']);
    expect(progress.furthest).toBe('authorization');
    expect(progress.lastAt).toBe('2026-11-19T23:09:12.000Z');
    expect(progress.summary).toBe('Waiting for authorisation');
    expect(progressOf({ ...byId('c-360business'), status: 'in-progress' }).summary).toBe(
      'In progress at authorisation link',
    );
  });

  it('searches by name, domain or prefix, every word', () => {
    expect(clients.filter((c) => matchesSearch(c, 'bluegum')).map((c) => c.id)).toEqual(['c-bluegum']);
    expect(clients.filter((c) => matchesSearch(c, '360business.com')).map((c) => c.id)).toEqual([
      'c-360business',
    ]);
    expect(clients.filter((c) => matchesSearch(c, 'northside café')).map((c) => c.id)).toEqual([
      'c-new-cafe',
    ]);
    expect(clients.filter((c) => matchesSearch(c, '')).length).toBe(3);
  });

  it('sorts by latest activity, name or status', () => {
    const entries = clients.map(queueEntryOf);
    expect(sortQueue(entries, 'name').map((c) => c.companyName)).toEqual([
      '360 Business',
      'Bluegum Physiotherapy',
      'Northside Café Co',
    ]);
    expect(sortQueue(entries, 'recent')[0]?.id).toBe('c-360business');
    expect(sortQueue(entries, 'status').map((c) => c.status)).toEqual([
      'queued',
      'waiting-authorisation',
      'ordered',
    ]);
  });
});

describe('the toolbar badge', () => {
  it('counts the clients that need the technician', async () => {
    const { badgeText } = await import('../../../utils/queue/progress');
    // Queued (Bluegum) and ordered (Northside, to check the licences); 360 Business waits on its admin.
    const now = new Date('2026-11-20T08:00:00Z');
    expect(badgeText(clients, now)).toBe('2');
    expect(badgeText([], now)).toBe('');
    expect(
      badgeText(
        clients.map((c) => ({ ...c, status: 'licences-seen' as const })),
        now,
      ),
    ).toBe('');
    // A day after it reached the authorisation without progress, 360 Business needs attention too.
    expect(badgeText(clients, new Date('2026-11-21T00:00:00Z'))).toBe('3');
  });
});
