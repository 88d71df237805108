import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../utils/model/client';
import { STEP_IDS, type StepId } from '../../../utils/model/steps';
import { progressOf } from '../../../utils/queue/progress';
import { capTimeline, MAX_TIMELINE, SAME_VISIT_MS, withStepSeen } from '../../../utils/queue/timeline';
import { recordAuthorisationSent, recordStep, tickStep } from '../../../utils/storage/portal-actions';
import { readStore } from '../../../utils/storage/read';
import { updateStore } from '../../../utils/storage/write';
import { client } from '../fixtures';

const START = Date.UTC(2026, 10, 25, 0, 0);
const MINUTE = 60_000;
const step = fc.constantFrom(...STEP_IDS);
// Most gaps short (a page flipping), some a new visit, some days apart.
const gap = fc.oneof(
  fc.integer({ min: 0, max: 5_000 }),
  fc.integer({ min: 0, max: 2 * SAME_VISIT_MS }),
  fc.integer({ min: SAME_VISIT_MS, max: 3 * 24 * 60 * MINUTE }),
);
const note = fc.option(fc.constantFrom('link copied', 'link opened'), { nil: undefined });
// size 'max': fast-check's default size would keep arrays to about ten calls, never reaching the cap.
const calls = fc.array(fc.record({ step, gap, note }), { maxLength: 600, size: 'max' });

const maxAt = (history: readonly HistoryEntry[]) =>
  history.reduce<string | null>((latest, h) => (latest === null || h.at > latest ? h.at : latest), null);
const seenByAssistant = (history: readonly HistoryEntry[]) =>
  new Set(history.filter((h) => h.by !== 'technician').map((h) => h.step));

describe('a client’s timeline', () => {
  it('stays at most 200 entries and keeps every step reached, by whom, and the latest time', () => {
    // Steps ticked by hand before the assistant saw anything.
    const ticked = fc.uniqueArray(step, { maxLength: 4 });
    let reachedCap = 0;
    fc.assert(
      fc.property(ticked, calls, (ticks, sequence) => {
        let history: HistoryEntry[] = ticks.map((s) => ({
          step: s,
          at: new Date(START).toISOString(),
          by: 'technician',
        }));
        let time = START;
        let latest = maxAt(history);
        let longest = 0;
        for (const call of sequence) {
          time += call.gap;
          history = withStepSeen(history, call.step, new Date(time), call.note);
          longest = Math.max(longest, history.length);
          const now = maxAt(history);
          if (latest === null || (now !== null && now > latest)) latest = now;
        }
        expect(longest).toBeLessThanOrEqual(MAX_TIMELINE);
        if (history.length === MAX_TIMELINE) reachedCap++;
        const reached = new Set<StepId>([...ticks, ...sequence.map((c) => c.step)]);
        const progress = progressOf(client('x', { history }));
        expect(progress.done).toEqual(reached);
        expect(progress.lastAt).toBe(latest);
        expect(seenByAssistant(history)).toEqual(new Set(sequence.map((c) => c.step)));
        expect(history.filter((h) => h.by === 'technician').map((h) => h.step)).toEqual(ticks);
      }),
      { numRuns: 60 },
    );
    expect(reachedCap, 'some sequences must be long enough to be cut').toBeGreaterThan(5);
  }, 30_000);

  it('gets one entry per step for a visit, however often the page flips between steps', () => {
    const withinVisit = fc.array(fc.record({ step, gap: fc.integer({ min: 0, max: 1_000 }) }), {
      maxLength: 1_000,
      size: 'max',
    });
    fc.assert(
      fc.property(withinVisit, (sequence) => {
        let history: HistoryEntry[] = [];
        let time = START;
        for (const call of sequence) {
          time += call.gap;
          history = withStepSeen(history, call.step, new Date(time));
        }
        expect(history.map((h) => h.step)).toEqual([...new Set(sequence.map((c) => c.step))]);
      }),
    );
  });

  it('keeps the order of what it keeps, drops nothing under the cap, and each step’s first entry', () => {
    const entries: HistoryEntry[] = Array.from({ length: 250 }, (_, i) => ({
      step: i % 2 ? 'basket' : 'catalogue',
      at: new Date(START + i * SAME_VISIT_MS).toISOString(),
      by: 'assistant',
    }));
    expect(capTimeline(entries.slice(0, 200))).toEqual(entries.slice(0, 200));
    expect(capTimeline(entries)).toEqual([entries[0], entries[1], ...entries.slice(-198)]);
    const started = [{ ...entries[0], step: 'authorization' } as HistoryEntry, ...entries.slice(1)];
    expect(capTimeline(started)).toEqual([started[0], started[1], started[2], ...started.slice(-197)]);
  });
});

describe('recordStep', () => {
  const store = async () => {
    await updateStore(() => ({ clients: [client('acme')] }));
  };
  const history = async () => (await readStore()).data.clients[0]?.history ?? [];

  it('adds one entry per step when the page flips between two steps 500 times in a visit', async () => {
    await store();
    for (let i = 0; i < 500; i++) {
      await recordStep('acme', i % 2 ? 'basket' : 'catalogue', new Date(START + i * 1_000));
    }
    expect((await history()).map((h) => h.step)).toEqual(['catalogue', 'basket']);
    // A later visit is a new entry.
    await recordStep('acme', 'catalogue', new Date(START + 500_000 + SAME_VISIT_MS));
    expect(await history()).toHaveLength(3);
  });

  it('keeps a step the assistant saw on the checklist after a tick by hand of the same step', async () => {
    await store();
    await tickStep('acme', 'basket', true, new Date(START));
    await recordStep('acme', 'basket', new Date(START + MINUTE));
    expect((await history()).map((h) => h.by)).toEqual(['technician', 'assistant']);
  });

  it('leaves at most 200 entries and every step reached, for any sequence of calls', async () => {
    // Mostly new visits, so most runs pass the cap.
    const visits = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 5_000 }), weight: 1 },
      { arbitrary: fc.integer({ min: SAME_VISIT_MS, max: 3 * SAME_VISIT_MS }), weight: 9 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ step, gap: visits, note }), { minLength: 150, maxLength: 300 }),
        async (sequence) => {
          await updateStore(() => ({ clients: [client('acme')] }));
          let time = START;
          for (const call of sequence) {
            time += call.gap;
            await recordStep('acme', call.step, new Date(time), call.note);
          }
          const stored = await history();
          expect(stored.length).toBeLessThanOrEqual(MAX_TIMELINE);
          expect(new Set(stored.map((h) => h.step))).toEqual(new Set(sequence.map((c) => c.step)));
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('recordAuthorisationSent', () => {
  it('keeps the timeline at 200 entries, with the sending as its latest', async () => {
    await updateStore(() => ({ clients: [client('acme')] }));
    // Each sending is an entry of its own (copied, then opened, then the message…), so it must cut too.
    for (let i = 0; i < MAX_TIMELINE + 5; i++) {
      await recordAuthorisationSent(
        'acme',
        'https://example.com/authorise',
        'copied',
        new Date(START + i * MINUTE),
      );
    }
    const history = (await readStore()).data.clients[0]?.history ?? [];
    expect(history).toHaveLength(MAX_TIMELINE);
    expect(history.at(-1)).toMatchObject({ at: new Date(START + (MAX_TIMELINE + 4) * MINUTE).toISOString() });
    expect(history.at(-1)?.note).toBe('link copied');
  });
});
