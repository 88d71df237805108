import { checkMpnId } from '../checks/mpn';
import { readTotals } from '../page/totals';
import { phrases } from '../words/match';
import { PORTAL_WORDS } from '../words/portal-words';
import { domainPrefix, existingTenant, mpnId } from './common-fields';
import type { StepModule } from './types';

// The guide's Service Details screenshot: "Set up Account", "Microsoft Cloud Services", "Domain
// Prefix *", "Reseller (MPN ID) 619911", the "already using Office 365" checkbox, Verify/Back/Checkout.
export const serviceDetails: StepModule = {
  id: 'service-details',
  guidance:
    'Enter the client\'s onmicrosoft.com prefix (from their admin center, Settings > Domains), check the MPN ID is yours, tick "already using Office 365" if the client has a tenant, then press Verify.',
  evidence: [
    { in: 'text', words: phrases(PORTAL_WORDS.existingTenant), weight: 3, affirmative: true },
    { in: 'text', words: phrases(['set up account', 'setup account']), weight: 2 },
    { in: 'text', words: phrases(['microsoft cloud service']), weight: 2 },
    { in: 'text', words: phrases(PORTAL_WORDS.partnerId), weight: 2 },
    {
      in: 'heading',
      words: phrases([
        'service detail',
        'tenant detail',
        'microsoft … account detail',
        'microsoft 365 tenant',
      ]),
      weight: 2,
    },
    { in: 'button', words: phrases(['verify']), weight: 1 },
  ],
  // A prefix box beside ".onmicrosoft.com" with a "has a tenant" control is this screen.
  fieldEvidence: { domainPrefix: 4, existingTenant: 2 },
  threshold: 6,
  fields: [domainPrefix, mpnId, existingTenant],
  checks: [checkMpnId],
  // The fees box ("Fees Analysis", "Basket Total") beside the form: its totals become the order's.
  totals: (region) => readTotals(region.text),
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
