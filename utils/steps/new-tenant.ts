import { checkContactEmail, checkNames } from '../checks/contact';
import { phrases } from '../words/match';
import { PORTAL_WORDS } from '../words/portal-words';
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
  evidence: [
    { in: 'heading', words: phrases(['new … tenant', 'create … tenant']), weight: 5 },
    // The guide's own sentences, wherever the screen shows them.
    {
      in: 'text',
      words: phrases(['no current … tenant', 'creation … new … tenant', 'new … tenant … created']),
      weight: 4,
    },
    { in: 'text', words: phrases(['new … tenant']), weight: 2 },
    { in: 'text', words: phrases(['onmicrosoft com']), weight: 1 },
    { in: 'text', words: phrases(['signin credential', 'signin detail']), weight: 1 },
    // Evidence against: a "the client already has a tenant" statement is Service Details'.
    { in: 'text', words: phrases(PORTAL_WORDS.existingTenant), weight: -3, affirmative: true },
  ],
  // A company with a domain it owns and a prefix to create: a tenancy to make.
  fieldEvidence: { companyName: 1, domainPrefix: 3, defaultDomain: 2 },
  threshold: 6,
  fields: [
    ...customerDetailsFields,
    domainPrefix,
    {
      key: 'defaultDomain',
      control: 'text',
      words: phrases([
        'company domain',
        'business domain',
        'default domain',
        'existing domain',
        'primary domain',
        'custom domain',
        'own domain',
        'website domain',
        'domain … business … own',
        'domain … already own',
        '=domain name',
      ]),
      required: false,
      value: ({ client }) => client?.defaultDomain || undefined,
    },
  ],
  checks: [checkContactEmail, checkNames],
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
