import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../utils/model/steps';

// The code's conventions as tests (Refined GitHub's habit): a change that breaks one fails here
// with what to do, instead of drifting until a review finds it.
const ROOT = join(import.meta.dirname, '../../..');
const PRODUCT_DIRS = ['utils', 'components', 'entrypoints'];
const MAX_LINES = 300;

function productFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) files.push(relative(ROOT, path));
    }
  };
  for (const dir of PRODUCT_DIRS) walk(join(ROOT, dir));
  return files;
}

// Quoted step ids, but not words that only look like one (a property read `x.login`, a longer string).
const STEP_ID_LITERAL = new RegExp(`(['"\`])(${STEP_IDS.join('|')})\\1`);
// Where a step's id may be written: the step modules and the model that lists the ids.
const STEP_HOMES = ['utils/steps/', 'utils/model/'];
// Words that are step ids only by accident: Microsoft's refused names include "unknown".
// and "login" and "catalogue" are words the vocabulary spells.
const NOT_A_STEP: Record<string, RegExp> = {
  'utils/values/name-rules.ts': /'unknown',$/,
  'utils/words/vocabulary.ts': /^\['login', 'signin'\],$|^catalog: 'catalogue',$/,
};

describe('the code’s shape', () => {
  const files = productFiles();

  it('finds the product’s files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [f]))('%s names no step id outside the steps and the model', (file) => {
    if (STEP_HOMES.some((home) => file.startsWith(home))) return;
    const offending = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), at: i + 1 }))
      // Comments may name a step; code may not.
      .filter(({ line }) => !/^(\/\/|\*|\/\*)/.test(line))
      .filter(({ line }) => STEP_ID_LITERAL.test(line) && !NOT_A_STEP[file]?.test(line));
    expect(
      offending.map(({ line, at }) => `${file}:${at}: ${line}`),
      'a step-specific rule belongs in its step module (utils/steps/<id>.ts): declare it there',
    ).toEqual([]);
  });

  it.each(files.map((f) => [f]))(`%s has at most ${MAX_LINES} lines`, (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').length;
    expect(lines, `${file} has ${lines} lines: split it by job`).toBeLessThanOrEqual(MAX_LINES);
  });
});
