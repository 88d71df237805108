import type { StepModule } from './types';

// Guide: "On the next screen, choose New Customer."
export const customerSelect: StepModule = {
  id: 'customer-select',
  guidance:
    'Choose "New Customer" for a client new to Leader (or the client, if it is already your customer).',
  landmarks: [
    // The choice itself: an existing customer or a new one. A "New Customer" shortcut alone (a
    // dashboard's quick action) is not this screen.
    { in: 'text', match: /\bexisting customers?\b/i, weight: 3, essential: true },
    { in: 'text', match: /\bnew customer\b/i, weight: 2 },
    { in: 'button', match: /\bnew customer$/i, weight: 2 },
    {
      in: 'heading',
      match: /\b(select|choose) (a |the |your )?customer\b|^customer$|\bwho is this order for\b/i,
      weight: 2,
    },
  ],
  threshold: 5,
  fields: [],
  // The client's own row when it is already a customer, else "New Customer".
  outline: ({ region, client }) => {
    const name = client?.companyName.toLowerCase();
    const existing = name ? region.buttons.find((b) => b.text.toLowerCase().includes(name)) : undefined;
    return (existing ?? region.buttons.find((b) => /new customer/i.test(b.text)))?.element ?? null;
  },
};
