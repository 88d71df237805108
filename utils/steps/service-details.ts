import { checkMpnId } from '../checks/mpn';
import { readTotals } from '../page/totals';
import { domainPrefix, existingTenant, mpnId } from './common-fields';
import type { StepModule } from './types';

// The guide's Service Details screenshot: "Set up Account", "Microsoft Cloud Services", "Domain
// Prefix *", "Reseller (MPN ID) 619911", the "already using Office 365" checkbox, Verify/Back/Checkout.
export const serviceDetails: StepModule = {
  id: 'service-details',
  guidance:
    'Enter the client\'s onmicrosoft.com prefix (from their admin center, Settings > Domains), check the MPN ID is yours, tick "already using Office 365" if the client has a tenant, then press Verify.',
  landmarks: [
    { in: 'text', match: /already using (office|microsoft) 365 service/i, weight: 4, essential: true },
    { in: 'field', match: /^domain prefix$/, weight: 4, essential: true },
    { in: 'text', match: /\bset ?up account\b/i, weight: 2 },
    { in: 'text', match: /\bmicrosoft cloud services\b/i, weight: 2 },
    { in: 'text', match: /\breseller \(?mpn ?id\)?/i, weight: 2 },
    { in: 'heading', match: /\bservice details\b/i, weight: 2 },
    { in: 'button', match: /^verify$/i, weight: 1 },
  ],
  threshold: 6,
  fields: [domainPrefix, mpnId, existingTenant],
  checks: [checkMpnId],
  // The fees box ("Fees Analysis", "Basket Total") beside the form: its totals become the order's.
  totals: (region) => readTotals(region.text),
  // The client's domains are typed here: they can be read from its admin center.
  panel: { m365Read: true },
};
