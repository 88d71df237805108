import type { Warning } from '../model/fields';
import { controlText } from '../page/controls';
import { readableText } from '../page/text';
import type { CheckContext } from '../steps/types';
import { contains, findAll, phrases } from '../words/match';
import { words } from '../words/normalise';
import { PORTAL_WORDS } from '../words/portal-words';

const PARTNER_ID = phrases(PORTAL_WORDS.partnerId);
const DIGITS = /^\d{5,10}$/;
// How many words may stand between the label and its digits ("Partner ID: (your Leader account) 619911").
const NEAR = 3;

/** The digits that follow the label "Reseller (MPN ID)" or "Partner ID" in a text, if any. */
function digitsAfterLabel(text: readonly string[]): string | undefined {
  for (const p of PARTNER_ID)
    for (const { end } of findAll(text, p))
      for (let i = end; i < Math.min(end + NEAR, text.length); i++)
        if (DIGITS.test(text[i] as string)) return text[i];
  return undefined;
}

/**
 * The MPN id (Microsoft's Partner ID) the portal shows ("Reseller (MPN ID) 619911"), from its
 * field or, when it is shown as text, from the digits that follow its label.
 */
export function shownMpnId({ fields, region }: CheckContext): string | undefined {
  const field = fields.find((f) => f.key === 'mpnId');
  if (field) return controlText(field.element).replace(/\D/g, '') || undefined;
  const inText = digitsAfterLabel(words(region.text));
  if (inText) return inText;
  // Label and value in separate cells or blocks: the first run of digits after the label.
  for (const element of region.root.querySelectorAll('label, td, th, dt, span, div, p')) {
    const label = words(readableText(element));
    if (label.length > 4 || !PARTNER_ID.some((p) => contains(label, p))) continue;
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
