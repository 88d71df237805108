import { checkContactEmail, checkNames } from '../checks/contact';
import { customerDetailsFields } from './common-fields';
import type { StepModule } from './types';

// Guide: "Fill in the client's name but use your reseller information to ensure clients cannot be
// contacted by Microsoft directly. Click Save and then Next."
export const newCustomer: StepModule = {
  id: 'new-customer',
  guidance:
    "Fill in the client's company name with YOUR contact person, email, phone and address, so Microsoft contacts you, not the client. Then press Save, then Next.",
  landmarks: [
    {
      in: 'heading',
      match: /\b(new customer|customer (details|information)|create (a )?customer|add (a )?customer)\b/i,
      weight: 4,
      essential: true,
    },
    { in: 'field', match: /^(company|organi[sz]ation|customer|business) name$/, weight: 2 },
    { in: 'field', match: /^(first|given) name$|^(last|family) name$|^surname$/, weight: 1 },
    { in: 'field', match: /post ?code|suburb/, weight: 1 },
    // A customer's contact and address: a sign-up or billing form without a name field is one too.
    { in: 'field', match: /e-?mail|phone|^(street )?address\b|\bcity\b|\bzip\b|postal code/, weight: 1 },
    { in: 'button', match: /^save$/i, weight: 1 },
  ],
  threshold: 6,
  fields: customerDetailsFields,
  checks: [checkContactEmail, checkNames],
};
