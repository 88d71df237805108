import { describe, expect, it } from 'vitest';
import {
  cleanPastedText,
  collapseWhitespace,
  comparableText,
  normaliseLabel,
} from '../../../utils/values/text';

describe('the text normalisers', () => {
  it('collapses white space, line breaks and non-breaking spaces included', () => {
    expect(collapseWhitespace('  Office 365\n\t E3\u00a0 ')).toBe('Office 365 E3');
  });

  it('compares names whatever their case and spacing', () => {
    expect(comparableText(' 360  Business\nPty Ltd ')).toBe(comparableText('360 business pty ltd'));
  });

  it('takes icon glyphs and zero-width characters out of pasted text', () => {
    expect(cleanPastedText('\ue73e 360business.com.au\u200b (Default)')).toBe('360business.com.au (Default)');
  });

  it('reads a label without its required marker, colon or "(required)"', () => {
    expect(normaliseLabel('Company Name *:')).toBe('company name');
    expect(normaliseLabel('Domain Prefix (required)')).toBe('domain prefix');
  });
});
