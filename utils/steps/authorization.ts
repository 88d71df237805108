import { authorisationLink, checkAuthorisationLink } from '../checks/authorisation-link';
import { checkMpnId } from '../checks/mpn';
import { readTotals } from '../page/totals';
import { contains, phrases } from '../words/match';
import { words } from '../words/normalise';
import { PORTAL_WORDS } from '../words/portal-words';
import { domainPrefix, existingTenant, mpnId } from './common-fields';
import type { StepModule } from './types';

// Guide: "To complete this purchase, please open this AUTHORIZATION link. If you do not have a
// Global Administrator role, you will need to share the link with a Global Administrator. Once the
// authorization process is complete, click the Verify button." It shows on the Service Details
// screen once the checkbox is ticked: SCREENS.md makes it the later step, so it wins.
export const authorization: StepModule = {
  id: 'authorization',
  guidance:
    'Send the AUTHORIZATION link to the client\'s Global Administrator: copy the message below (or the link alone). When they have accepted, press "Verify Authorisation".',
  evidence: [
    {
      in: 'text',
      words: phrases(['open … authorisation link', 'authorise … link', 'authorisation url']),
      weight: 5,
    },
    { in: 'text', words: phrases(['authorisation link']), weight: 1 },
    {
      in: 'button',
      words: phrases(['verify authorisation', 'check authorisation', 'confirm authorisation']),
      weight: 4,
    },
    { in: 'text', words: phrases(PORTAL_WORDS.globalAdmin, PORTAL_WORDS.resellerRelationship), weight: 1 },
  ],
  threshold: 5,
  // The Service Details fields stay on screen under the authorisation text.
  fields: [domainPrefix, mpnId, existingTenant],
  checks: [checkMpnId, checkAuthorisationLink],
  // The fees box ("Fees Analysis", "Basket Total") beside the form: its totals become the order's.
  totals: (region) => readTotals(region.text),
  // "Verify Authorisation" only once the technician says the client accepted: pressed before
  // that, the portal refuses the order.
  outline: ({ region, accepted }) =>
    accepted
      ? (region.buttons.find((b) => VERIFY.some((p) => contains(words(b.text), p)))?.element ?? null)
      : null,
  // The panel offers the link, and the message for the Global Administrator with it (HandOff):
  // only a link to Microsoft's admin center; any other is the check's warning.
  panel: { authorisationLink },
};

const VERIFY = phrases(['verify authorisation', 'check authorisation', 'confirm authorisation']);
