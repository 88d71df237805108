import type { Warning } from '../model/fields';
import { controlText } from '../page/controls';
import { readableText } from '../page/text';
import type { CheckContext } from '../steps/types';
import { collapseWhitespace } from '../values/text';

/**
 * The MPN id the portal shows ("Reseller (MPN ID) 619911"), from its field or, when it is shown as
 * text, from the digits that follow its label.
 */
export function shownMpnId({ fields, region }: CheckContext): string | undefined {
  const field = fields.find((f) => f.key === 'mpnId');
  if (field) return controlText(field.element).replace(/\D/g, '') || undefined;
  const match = region.text.match(/reseller\s*\(?\s*mpn\s*id\s*\)?\s*:?\s*(\d{5,10})\b/i);
  if (match) return match[1];
  // Label and value in separate cells or blocks: the first run of digits after the label.
  for (const element of region.root.querySelectorAll('label, td, th, dt, span, div, p')) {
    if (!/^reseller \(?mpn ?id\)?:?$/i.test(collapseWhitespace(readableText(element)))) continue;
    const next = element.nextElementSibling ?? element.parentElement?.nextElementSibling;
    const digits = next && readableText(next).match(/\b\d{5,10}\b/);
    if (digits) return digits[0];
  }
  return undefined;
}

export function checkMpnId(context: CheckContext): Warning[] {
  const expected = context.reseller?.mpnId;
  const shown = shownMpnId(context);
  if (!expected || !shown || shown === expected) return [];
  return [
    {
      code: 'mpn-mismatch',
      message: `The portal shows MPN ID ${shown}, but your reseller profile says ${expected}. Check you are signed in to your own reseller account.`,
    },
  ];
}
