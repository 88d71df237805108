import type { StepModule } from './types';

// Guide: "On the next screen, choose New Customer."
export const customerSelect: StepModule = {
  id: 'customer-select',
  guidance:
    'Choose "New Customer" for a client new to Leader (or the client, if it is already your customer).',
  landmarks: [
    { in: 'button', match: /^(\+ )?(create (a )?)?new customer$/i, weight: 4, essential: true },
    { in: 'text', match: /\bnew customer\b/i, weight: 1 },
    { in: 'text', match: /\bexisting customer\b/i, weight: 3, essential: true },
    { in: 'heading', match: /\b(select|choose) (a |the )?customer\b|^customer$/i, weight: 2 },
  ],
  threshold: 5,
  fields: [],
};
