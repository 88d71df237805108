import type { OrderTotals } from '../model/client';
import { clip, collapseWhitespace } from '../values/text';

// An amount as a person reads it on an Australian page: "$121.95", "A$1,219.50", "AUD 121.95",
// "121.95 AUD". Kept as written: the order keeps what the portal said, not a float.
const AMOUNT = String.raw`(?:(?:AUD|A\$|\$)\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*\.\d{2}\s?AUD)`;

// Each total's names, the guide's first ("Fees Analysis: Month", "Basket Total: Total Before Tax,
// GST, Final Price"), then the ways other checkouts write them. The amount must follow the name
// (a colon, a tab or a "(10%)" between them at most): "Total (inc GST) $134.15" is no GST amount.
const NAMES: Record<keyof OrderTotals, string> = {
  // A bare "Month" only in the fees box (see readTotals): elsewhere it is a line's billing cycle.
  monthly: String.raw`\b(?:per month|monthly (?:fee|total|charge)s?)`,
  beforeTax: String.raw`\b(?:total before tax|sub ?total(?: \(?ex(?:cl(?:uding|\.)?)? gst\)?)?|total \(?ex(?:cl(?:uding|\.)?)? gst\)?)`,
  // Not the GST of "Total excluding GST" or "(inc GST)": those name another total.
  gst: String.raw`(?<!\b(?:ex|excl|excluding|inc|incl|including)\.?\s*\(?\s*)\bgst(?: \(?10 ?%\)?)?`,
  finalPrice: String.raw`\b(?:final price|total \(?inc(?:l(?:uding|\.)?)? gst\)?|grand total|total payable)`,
};

const patterns = Object.fromEntries(
  Object.entries(NAMES).map(([key, name]) => [key, new RegExp(`${name}\\s*:?\\s*(${AMOUNT})`, 'i')]),
) as Record<keyof OrderTotals, RegExp>;

/**
 * The basket's totals in a screen's visible text (the fees box of Service Details, or a
 * confirmation that repeats them), each as the portal wrote it; null when none shows.
 */
export function readTotals(text: string): OrderTotals | null {
  const flat = collapseWhitespace(text);
  const totals: OrderTotals = {};
  for (const key of Object.keys(patterns) as (keyof OrderTotals)[]) {
    const amount = flat.match(patterns[key])?.[1];
    if (amount) totals[key] = clip(collapseWhitespace(amount), 40);
  }
  // The guide's fees box: "Fees Analysis", then "Month $121.95" (the first amount a period names).
  const fees = flat.match(new RegExp(`\\bfees analysis\\b.*?\\b(?:month|monthly)\\s*:?\\s*(${AMOUNT})`, 'i'));
  if (!totals.monthly && fees?.[1]) totals.monthly = clip(collapseWhitespace(fees[1]), 40);
  // A lone "Month $x" is a price on a product card, not a basket's totals.
  return totals.beforeTax || totals.finalPrice ? totals : null;
}

/** The same totals, for comparing what was read before with what is read now. */
export const sameTotals = (a: OrderTotals | null | undefined, b: OrderTotals | null | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
