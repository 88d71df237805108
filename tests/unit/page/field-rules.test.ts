import { describe, expect, it } from 'vitest';
import { findFields } from '../../../utils/page/fields';
import { customerDetailsFields } from '../../../utils/steps/common-fields';

// General rules of the field finder, each shown on the smallest page that needs it (they came from
// pages of the development half of tests/fixtures/realforms: aa-register, officedepot-*,
// porkbun-register, walmart-register, apple-checkout).

const found = (html: string) => {
  document.body.innerHTML = `<form>${html}</form>`;
  const controls = [...document.querySelectorAll<HTMLElement>('input, select, textarea')];
  return findFields(customerDetailsFields, controls).map((f) => `${f.key} ${f.element.id}`);
};

describe('the field finder’s general rules', () => {
  it('reads a box’s type (tel, email) only where no label says what the box is', () => {
    expect(found('<label>Number <input id="n" type="tel"></label>')).toEqual(['contactPhone n']);
    expect(found('<label>Card number <input id="c" type="tel"></label>')).toEqual([]);
    expect(found('<label>Fax number <input id="f" type="tel"></label>')).toEqual([]);
    expect(found('<input id="e" type="email">')).toEqual(['contactEmail e']);
  });

  it('takes no keyboard-skipped box without a label for a field (a honeypot)', () => {
    expect(
      found(
        '<label>Email <input id="e" type="email"></label><input id="trap" tabindex="-1" title="Email Address">',
      ),
    ).toEqual(['contactEmail e']);
  });

  it('reads a line number written out, and a third address line is none of ours', () => {
    expect(
      found(
        '<input id="a1" aria-label="address line one"><input id="a2" aria-label="address line two"><input id="a3" aria-label="address line three">',
      ),
    ).toEqual(['addressLine1 a1', 'addressLine2 a2']);
  });

  it('takes a box named for two side-by-side fields (“City & State”, “zipLookupCityState”) for neither', () => {
    expect(
      found('<label for="cs">City &amp; State</label><select id="cs"><option>Austin, TX</option></select>'),
    ).toEqual([]);
    expect(found('<select id="zipLookupCityState"><option>Austin, TX</option></select>')).toEqual([]);
  });

  it('joins the parts of a split phone, and not the extension box after them', () => {
    expect(
      found(`<div><div><label>Phone:</label>
        <input id="p1" type="tel" maxlength="3"><input id="p2" type="tel" maxlength="3"><input id="p3" type="tel" maxlength="4">
      </div></div><div><div><label for="x">Ext</label><input id="x" type="tel" maxlength="4"></div></div>`),
    ).toEqual(['contactPhone p1', 'contactPhone p2', 'contactPhone p3']);
  });

  it('does not take "message line 1" for an address line, nor a name attribute’s far-apart words', () => {
    expect(found('<label for="m">Message line 1</label><input id="m">')).toEqual([]);
    expect(found('<input id="addrs0PhoneNumber2" maxlength="3">')).toEqual([]);
  });
});
