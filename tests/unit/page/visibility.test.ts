import { describe, expect, it } from 'vitest';
import { isShownItself } from '../../../utils/page/visibility';

const shown = (html: string) => {
  document.body.innerHTML = html;
  return isShownItself(document.body.firstElementChild as Element, window);
};

describe('what a person can see', () => {
  it('takes a clipping box as shown unless it is a dot', () => {
    expect(shown('<div style="overflow: hidden">Office 365 E3</div>')).toBe(true);
    expect(shown('<div style="overflow: hidden; width: 120px; height: 0">Office 365 E3</div>')).toBe(true);
    expect(
      shown('<div style="overflow: hidden; width: 1px; height: 1px; position: absolute">Verify</div>'),
    ).toBe(false);
    expect(shown('<div style="overflow: clip; width: 0; height: 0">Verify</div>')).toBe(false);
  });

  it('hides what is hidden by attribute or style, and a dialog that is not open', () => {
    expect(shown('<div hidden>Verify</div>')).toBe(false);
    expect(shown('<div aria-hidden="true">Verify</div>')).toBe(false);
    expect(shown('<div style="display: none">Verify</div>')).toBe(false);
    expect(shown('<div style="visibility: hidden">Verify</div>')).toBe(false);
    expect(shown('<dialog>Verify</dialog>')).toBe(false);
    expect(shown('<dialog open>Verify</dialog>')).toBe(true);
  });
});
