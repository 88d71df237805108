import { describe, expect, it } from 'vitest';
import { companyNameProblem, contactNameProblem } from '../../../utils/values/name-rules';

describe('Partner Center’s company name rules', () => {
  it.each([
    ['360 Business', null],
    ['Harbour IT Services Pty Ltd', null],
    ['A1 Plumbing', null],
    ['X', /one character/],
    ['&$^#', /only special characters/],
    ['1 2 3', /single characters with spaces/],
    ['999', /one character repeated/],
    ['LLC', /restricted abbreviation/],
    ['Pty Ltd', /restricted abbreviation/],
    ['test', /placeholder/],
    ['360business.com.au', /domain ending/],
    ['a'.repeat(256), /at most 255/],
  ])('%j', (name, problem) => {
    const found = companyNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('Partner Center’s contact name rules', () => {
  it.each([
    ['Priya', null],
    ['李', null],
    ['P', /one character/],
    ['Admin', /placeholder/],
    ['Nobody', /placeholder/],
    ['12345', /no letters/],
    ['A'.repeat(41), /keep it to 40/],
  ])('%j', (name, problem) => {
    const found = contactNameProblem(name, 'first name');
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
