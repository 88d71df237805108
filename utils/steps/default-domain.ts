import type { StepModule } from './types';

// Guide: after Verify, a pop-up "Define Default Domain": "Please add the tenant's DEFAULT domain
// (eg: customerdomain.com.au). If the default domain is 360business.onmicrosoft.com, please leave
// the field below empty." Field "Default Domain", buttons Cancel and Continue.
export const defaultDomain: StepModule = {
  id: 'default-domain',
  guidance:
    'Enter the client\'s default domain (the one marked "(Default)" in their admin center). Leave it empty when the default is the onmicrosoft.com domain. Then press Continue.',
  landmarks: [
    { in: 'heading', match: /\bdefine default domain\b/i, weight: 5, essential: true },
    { in: 'text', match: /\btenant'?s default domain\b/i, weight: 4, essential: true },
    { in: 'text', match: /please leave the field below empty/i, weight: 2 },
    { in: 'field', match: /^default domain$/, weight: 2 },
    { in: 'button', match: /^continue$/i, weight: 1 },
  ],
  threshold: 6,
  fields: [
    {
      key: 'defaultDomain',
      control: 'text',
      names: [/^(default|tenant'?s default) domain$/, /\bdomain\b/],
      required: false,
      // Empty when the default IS the onmicrosoft.com domain: the guide says leave it empty.
      value: ({ client }) => client?.defaultDomain ?? undefined,
    },
  ],
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
