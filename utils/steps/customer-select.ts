import { phrases } from '../words/match';
import type { StepModule } from './types';

// Guide: "On the next screen, choose New Customer."
export const customerSelect: StepModule = {
  id: 'customer-select',
  guidance:
    'Choose "New Customer" for a client new to Leader (or the client, if it is already your customer).',
  // The choice itself: an existing customer or a new one. A "New Customer" shortcut alone (a
  // dashboard's quick action) is not this screen.
  evidence: [
    { in: 'text', words: phrases(['existing customer', 'existing client']), weight: 3 },
    { in: 'text', words: phrases(['new customer', 'new client']), weight: 2 },
    { in: 'button', words: phrases(['new customer', 'new client']), weight: 2 },
    {
      in: 'heading',
      words: phrases(['select … customer', 'choose … customer', '=customer', 'who … order for']),
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
