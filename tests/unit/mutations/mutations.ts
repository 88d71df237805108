// The mutation matrix's changes, each a named function `(doc, rng) => boolean` that changes a
// loaded portal page in place without changing what a person reads it to mean, and answers
// whether it found anything to change on the page. The changes themselves are in changes-*.ts.

import type { Change } from './change';
import { CONTAINER_CHANGES } from './changes-containers';
import { CONTROL_CHANGES } from './changes-controls';
import { EXTRA_CHANGES } from './changes-extra';
import { ID_CHANGES } from './changes-ids';
import { LABEL_CHANGES } from './changes-labels';
import { TEXT_CHANGES } from './changes-text';
import { makeRng } from './rng';

export type { Change };

/** Every change, grouped by what it changes. */
export const CHANGES: readonly Change[] = [
  ...TEXT_CHANGES,
  ...LABEL_CHANGES,
  ...CONTROL_CHANGES,
  ...ID_CHANGES,
  ...EXTRA_CHANGES,
  ...CONTAINER_CHANGES,
];

export const CHANGE_NAMES = CHANGES.map((c) => c.name);

export function changeNamed(name: string): Change {
  const found = CHANGES.find((c) => c.name === name);
  if (!found) throw new Error(`no change named ${name}`);
  return found;
}

/**
 * Applies the changes to the document in the order given (a second container change is skipped),
 * each with its own random source seeded from the seed and its name, until `most` have applied;
 * answers the names of those that applied. A change that throws is a bug of the test, not of the
 * product: it is thrown, with the change's name.
 */
export function applyChanges(
  doc: Document,
  names: readonly string[],
  seed: string,
  most = names.length,
): string[] {
  const applied: string[] = [];
  for (const name of names) {
    const change = changeNamed(name);
    if (applied.length >= most) break;
    if (change.container && applied.some((a) => changeNamed(a).container)) continue;
    try {
      if (change.apply(doc, makeRng(`${seed}/${change.name}`))) applied.push(change.name);
    } catch (error) {
      throw new Error(`the change ${change.name} threw: ${(error as Error).stack}`);
    }
  }
  return applied;
}
