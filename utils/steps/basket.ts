import { compareBasket } from '../checks/licences';
import { basketLines } from '../page/products';
import { phrases } from '../words/match';
import type { StepModule } from './types';

// Guide: "Click on Add Licenses and proceed to Check Out" — the basket lists the lines ordered.
export const basket: StepModule = {
  id: 'basket',
  guidance:
    'Check the basket against the client\'s licences (missing, extra, quantities) before pressing "Proceed to Check Out".',
  evidence: [
    {
      in: 'button',
      words: phrases(['=check out', '=checkout', '=proceed check out', '=proceed checkout']),
      weight: 3,
    },
    { in: 'heading', words: phrases(['basket', 'cart']), weight: 3 },
    { in: 'text', words: phrases(['qty', 'quantity']), weight: 1 },
    { in: 'text', words: phrases(['subtotal', 'sub total', 'total']), weight: 1 },
    { in: 'url', match: /basket|cart/i, weight: 1 },
  ],
  threshold: 6,
  fields: [],
  checks: [compareBasket],
  products: basketLines,
  everyControl: true,
};
