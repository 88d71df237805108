import { phrases } from '../words/match';
import type { StepModule } from './types';

// Guide: after Verify, a pop-up "Define Default Domain": "Please add the tenant's DEFAULT domain
// (eg: customerdomain.com.au). If the default domain is 360business.onmicrosoft.com, please leave
// the field below empty." Field "Default Domain", buttons Cancel and Continue.
export const defaultDomain: StepModule = {
  id: 'default-domain',
  guidance:
    'Enter the client\'s default domain (the one marked "(Default)" in their admin center). Leave it empty when the default is the onmicrosoft.com domain. Then press Continue.',
  evidence: [
    {
      in: 'heading',
      words: phrases(['define default domain', 'default domain', 'primary domain']),
      weight: 5,
    },
    { in: 'text', words: phrases(['tenant … default domain', 'default domain … tenant']), weight: 4 },
    { in: 'text', words: phrases(['leave … field … empty', 'leave … blank']), weight: 2 },
    { in: 'button', words: phrases(['=continue']), weight: 1 },
  ],
  fieldEvidence: { defaultDomain: 2 },
  threshold: 6,
  fields: [
    {
      key: 'defaultDomain',
      control: 'text',
      words: phrases(['default domain', 'primary domain', '=domain', '=domain name']),
      required: false,
      // Empty when the default IS the onmicrosoft.com domain: the guide says leave it empty.
      value: ({ client }) => client?.defaultDomain ?? undefined,
    },
  ],
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
