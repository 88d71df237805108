import { checkContactEmail, checkNames } from '../checks/contact';
import { phrases } from '../words/match';
import { customerDetailsFields } from './common-fields';
import type { StepModule } from './types';

// Guide: "Fill in the client's name but use your reseller information to ensure clients cannot be
// contacted by Microsoft directly. Click Save and then Next."
export const newCustomer: StepModule = {
  id: 'new-customer',
  guidance:
    "Fill in the client's company name with YOUR contact person, email, phone and address, so Microsoft contacts you, not the client. Then press Save, then Next.",
  evidence: [
    {
      in: 'heading',
      words: phrases([
        'new customer',
        'new client',
        'customer detail',
        'customer information',
        'create … customer',
        'add … customer',
        'customer contact',
        'new organisation',
      ]),
      weight: 4,
    },
    { in: 'button', words: phrases(['save']), weight: 1 },
    // Evidence against: the same form about the signed-in reseller itself ("My Account").
    {
      in: 'heading',
      words: phrases([
        'my account',
        'my profile',
        'reseller profile',
        'partner profile',
        'account setting',
        'edit profile',
        'my detail',
      ]),
      weight: -6,
    },
    { in: 'url', match: /\/(account|profile|settings)\b/i, weight: -2 },
  ],
  // The strongest evidence: a company's name with a contact person and an address make this
  // screen without any heading; a sign-up or billing form without a company name is one too.
  fieldEvidence: {
    companyName: 2,
    contactFirstName: 1,
    contactLastName: 1,
    contactEmail: 1,
    contactPhone: 1,
    addressLine1: 1,
    city: 1,
    postcode: 1,
    state: 1,
  },
  threshold: 6,
  fields: customerDetailsFields,
  checks: [checkContactEmail, checkNames],
};
