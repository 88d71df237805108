import { checkMpnId } from '../checks/mpn';
import type { Region } from '../page/read';
import { readTotals } from '../page/totals';
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
  landmarks: [
    { in: 'text', match: /please open this authori[sz]ation link/i, weight: 6, essential: true },
    { in: 'button', match: /^verify authori[sz]ation$/i, weight: 4, essential: true },
    { in: 'text', match: /\bglobal administrator\b/i, weight: 1 },
  ],
  threshold: 5,
  // The Service Details fields stay on screen under the authorisation text.
  fields: [domainPrefix, mpnId, existingTenant],
  checks: [checkMpnId],
  // The fees box ("Fees Analysis", "Basket Total") beside the form: its totals become the order's.
  totals: (region) => readTotals(region.text),
  // "Verify Authorisation" only once the technician says the client accepted: pressed before
  // that, the portal refuses the order.
  outline: ({ region, accepted }) =>
    accepted
      ? (region.buttons.find((b) => /^verify authori[sz]ation$/i.test(b.text))?.element ?? null)
      : null,
  // The panel offers the link, and the message for the Global Administrator with it (HandOff).
  panel: { authorisationLink },
};

/** The link whose text says AUTHORIZATION, when it is a web address to hand on. */
function authorisationLink(region: Region): string | null {
  const link = [...region.root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) =>
    /authori[sz]ation/i.test(a.textContent ?? ''),
  );
  return link && /^https:\/\//.test(link.href) ? link.href : null;
}
