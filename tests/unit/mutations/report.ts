// The matrix's survival table: per change, per page, in total; the failures with their reasons;
// the most common reasons. Printed by the tests, and written to last-run.md with LCA_MATRIX_REPORT=1.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Outcome, reasonKind } from './check';

export interface Tally {
  applied: number;
  survived: number;
  na: number;
}

const rate = (t: Tally) => (t.applied === 0 ? '–' : (t.survived / t.applied).toFixed(3));

export function tally(outcomes: readonly Outcome[]): Tally {
  const applied = outcomes.filter((o) => o.applied.length > 0);
  return {
    applied: applied.length,
    survived: applied.filter((o) => o.ok).length,
    na: outcomes.length - applied.length,
  };
}

/** Tallies by the names `keys` gives each outcome (a change's, a page's). */
export function tallyBy(
  outcomes: readonly Outcome[],
  keys: (o: Outcome) => readonly string[],
): [string, Tally][] {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes)
    for (const key of keys(outcome)) groups.set(key, [...(groups.get(key) ?? []), outcome]);
  return [...groups].map(([key, group]) => [key, tally(group)]);
}

export const survival = (outcomes: readonly Outcome[]): number => {
  const t = tally(outcomes);
  return t.applied === 0 ? 1 : t.survived / t.applied;
};

function table(title: string, rows: [string, Tally][], withNa = true): string {
  const head = `| ${title} | applied | survived | rate |${withNa ? ' n/a |' : ''}\n|---|---:|---:|---:|${withNa ? '---:|' : ''}`;
  return [
    head,
    ...rows.map(
      ([name, t]) => `| ${name} | ${t.applied} | ${t.survived} | ${rate(t)} |${withNa ? ` ${t.na} |` : ''}`,
    ),
  ].join('\n');
}

/** The most common reasons, each with how often and one example. */
export function commonReasons(outcomes: readonly Outcome[], limit = 10): string {
  const kinds = new Map<string, { count: number; example: string }>();
  for (const outcome of outcomes)
    for (const reason of outcome.reasons) {
      const kind = reasonKind(reason);
      const known = kinds.get(kind);
      if (known) known.count++;
      else
        kinds.set(kind, { count: 1, example: `${outcome.page} × ${outcome.applied.join(' + ')}: ${reason}` });
    }
  return [...kinds]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, limit)
    .map(([kind, { count, example }], i) => `${i + 1}. **${kind}** (${count}×), e.g. ${example}`)
    .join('\n');
}

export function failures(outcomes: readonly Outcome[]): string {
  return outcomes
    .filter((o) => !o.ok)
    .map((o) => `- ${o.page} × ${o.applied.join(' + ')}: ${o.reasons.join('; ')}`)
    .join('\n');
}

export interface Section {
  title: string;
  outcomes: readonly Outcome[];
  /** Per change, per page, or both. */
  by: ('change' | 'page')[];
  note?: string;
}

export function sectionText({ title, outcomes, by, note }: Section): string {
  const total = tally(outcomes);
  const parts = [
    `### ${title}`,
    note ?? '',
    `**Total: ${total.survived} of ${total.applied} survived (${rate(total)})**, ${total.na} n/a.`,
  ];
  if (by.includes('change'))
    parts.push(
      table(
        'change',
        tallyBy(outcomes, (o) => (o.applied.length ? o.applied : o.changes)),
      ),
    );
  if (by.includes('page'))
    parts.push(
      table(
        'page',
        tallyBy(outcomes, (o) => [o.page]),
      ),
    );
  const failed = failures(outcomes);
  if (failed)
    parts.push(
      'Most common reasons:',
      commonReasons(outcomes),
      '<details><summary>Every failure</summary>\n',
      failed,
      '\n</details>',
    );
  return parts.filter(Boolean).join('\n\n');
}

const REPORT = join(import.meta.dirname, 'last-run.md');

/**
 * Writes a section of last-run.md (between its markers, the other sections kept) when
 * LCA_MATRIX_REPORT=1: each test file of the matrix writes its own.
 */
export function writeSection(id: string, markdown: string, read: () => string): void {
  if (process.env.LCA_MATRIX_REPORT !== '1') return;
  const begin = `<!-- ${id}:begin -->`;
  const end = `<!-- ${id}:end -->`;
  const old = read();
  const block = `${begin}\n${markdown}\n${end}`;
  const at = old.indexOf(begin);
  const next =
    at >= 0
      ? old.slice(0, at) + block + old.slice(old.indexOf(end) + end.length)
      : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(REPORT, next);
}

export const REPORT_PATH = REPORT;
