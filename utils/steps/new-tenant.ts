import { checkContactEmail, checkNames } from '../checks/contact';
import { customerDetailsFields, domainPrefix } from './common-fields';
import type { StepModule } from './types';

// Guide: "IF there is no current M365 Tenancy and a new one is required: ... use the domain the
// business already owns. This action will initiate the creation of a new Microsoft Tenancy,
// assigning a unique address in the format of yourcompany.onmicrosoft.com. After completing the
// licensing order, you will receive an email containing the login credentials for this new tenancy."
export const newTenant: StepModule = {
  id: 'new-tenant',
  guidance:
    "A new Microsoft tenancy will be created for the client: enter its company details and the domain the business already owns. The new tenancy's sign-in details arrive by email after the order.",
  landmarks: [
    {
      in: 'heading',
      match:
        /\bnew (microsoft (365 )?)?(tenant|tenancy)\b|\bcreate (a )?(new )?(microsoft (365 )?)?(tenant|tenancy)\b/i,
      weight: 5,
      essential: true,
    },
    // The guide's own sentences, wherever the screen shows them (a card's title is no heading).
    {
      in: 'text',
      match:
        /\bno current (m365|microsoft 365|office 365) (tenant|tenancy)\b|\bcreation of a new microsoft (365 )?(tenant|tenancy)\b|\ba new microsoft (365 )?(tenant|tenancy) will be created\b/i,
      weight: 4,
      essential: true,
    },
    { in: 'text', match: /\bnew (microsoft (365 )?)?(tenant|tenancy)\b/i, weight: 2 },
    { in: 'text', match: /\byourcompany\.onmicrosoft\.com\b|\.onmicrosoft\.com\b/i, weight: 1 },
    { in: 'text', match: /\b(login|sign-?in) credentials\b/i, weight: 1 },
    { in: 'field', match: /^(company|organi[sz]ation|business) name$/, weight: 1 },
  ],
  threshold: 6,
  fields: [
    ...customerDetailsFields,
    domainPrefix,
    {
      key: 'defaultDomain',
      control: 'text',
      names: [
        /^(company|business|default|existing|primary|custom|your|own|website) domain( name)?$/,
        /\bdomain (the business|you|your business) (already )?owns?\b/,
        /^(company|business|existing|primary|custom|own) domain\b/,
        /^domain name$/,
      ],
      required: false,
      value: ({ client }) => client?.defaultDomain || undefined,
    },
  ],
  checks: [checkContactEmail, checkNames],
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
