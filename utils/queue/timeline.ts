import type { HistoryEntry } from '../model/client';
import type { StepId } from '../model/steps';

/** A step seen again within this time is the same visit, not a new entry in the timeline. */
export const SAME_VISIT_MS = 30 * 60 * 1000;

/**
 * Entries kept on a client's timeline. An onboarding is about ten steps and repeats within a
 * visit add nothing, so 200 is many visits; at about 70 bytes an entry a timeline stays under
 * 15 KB, where a page flipping between two steps for a day once added thousands.
 */
export const MAX_TIMELINE = 200;

const within = (at: number, entry: HistoryEntry) => Math.abs(at - Date.parse(entry.at)) < SAME_VISIT_MS;

/**
 * The timeline with a step the assistant saw. Seen again within the visit (even after other steps
 * in between: a page flipping A, B, A, B), with the same note, it adds nothing. A technician's tick
 * of the step does not count as seen, so the checklist still learns the assistant saw it.
 */
export function withStepSeen(
  history: readonly HistoryEntry[],
  step: StepId,
  at: Date,
  note?: string,
): HistoryEntry[] {
  const time = at.getTime();
  const repeat = history.some(
    (h) => h.step === step && h.by !== 'technician' && h.note === note && within(time, h),
  );
  if (repeat) return [...history];
  return capTimeline([
    ...history,
    { step, at: at.toISOString(), by: 'assistant', ...(note ? { note } : {}) },
  ]);
}

/**
 * The latest {@link MAX_TIMELINE} entries, and always the first entry of each step by each hand
 * (assistant, technician) and the latest in time: what the checklist, the queue's progress and
 * its "latest activity" read from the timeline means the same after the cut.
 */
export function capTimeline(history: readonly HistoryEntry[], max = MAX_TIMELINE): HistoryEntry[] {
  if (history.length <= max) return [...history];
  const keep = new Set<number>();
  const firsts = new Set<string>();
  let latest = 0;
  history.forEach((entry, index) => {
    const kind = `${entry.step} ${entry.by}`;
    if (!firsts.has(kind)) {
      firsts.add(kind);
      keep.add(index);
    }
    if (entry.at > (history[latest] as HistoryEntry).at) latest = index;
  });
  keep.add(latest);
  for (let index = history.length - 1; index >= 0 && keep.size < max; index--) keep.add(index);
  return history.filter((_, index) => keep.has(index));
}
