import { compareBasket } from '../checks/licences';
import { basketLines } from '../page/products';
import type { StepModule } from './types';

// Guide: "Click on Add Licenses and proceed to Check Out" — the basket lists the lines ordered.
export const basket: StepModule = {
  id: 'basket',
  guidance:
    'Check the basket against the client\'s licences (missing, extra, quantities) before pressing "Proceed to Check Out".',
  landmarks: [
    { in: 'button', match: /^(proceed to )?check ?out$/i, weight: 3, essential: true },
    { in: 'heading', match: /\b(basket|cart)\b/i, weight: 3, essential: true },
    { in: 'text', match: /\b(qty|quantity)\b/i, weight: 1 },
    { in: 'text', match: /\b(sub ?total|basket total|total)\b/i, weight: 1 },
    { in: 'url', match: /basket|cart/i, weight: 1 },
  ],
  threshold: 6,
  fields: [],
  checks: [compareBasket],
  products: basketLines,
  everyControl: true,
};
