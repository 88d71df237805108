import { beforeEach, describe, expect, it } from 'vitest';
import { compareOrder } from '../../../utils/checks/order';
import type { OrderedSubscription } from '../../../utils/model/client';
import { readSubscriptions } from '../../../utils/page/confirmation';
import { readTotals } from '../../../utils/page/totals';
import { detectStep, STEPS } from '../../../utils/steps';
import { GUIDE_ORDER } from '../../fixtures/orders/guide-order';
import { portalFixture, portalFixtures } from '../../fixtures/portal';
import { loadPortalPage } from '../portal-page';

/** The step's region on a saved page, as the assistant reads it. */
function regionOf(style: string, name: string) {
  const fixture = portalFixture(style, name);
  const detection = detectStep(loadPortalPage(fixture), new URL(fixture.url), STEPS);
  expect(detection.step).toBe(fixture.step);
  return detection.region;
}

describe('the confirmation’s subscriptions, in every markup style', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  const guidePages = portalFixtures().filter((f) => f.name === 'confirmation');
  it.each(guidePages.map((f) => [f.style]))(
    '%s: the guide’s two lines, dates as the portal writes them',
    (style) => {
      expect(readSubscriptions(regionOf(style, 'confirmation'))).toEqual(GUIDE_ORDER);
    },
  );

  it('reads one card a subscription (no table)', () => {
    expect(readSubscriptions(regionOf('bootstrap-like', 'confirmation--cards'))).toEqual([
      {
        name: 'Harbour Bakery - M365 - Microsoft 365 Business Premium (New Commerce)',
        quantity: 5,
        activationDate: '03/11/2026',
        billingCycle: 'Month',
      },
      {
        name: 'Harbour Bakery - M365 - Exchange Online (Plan 1) (New Commerce)',
        quantity: 2,
        activationDate: '03/11/2026',
        billingCycle: 'Annual',
      },
    ]);
  });

  it('reads a grid of plain elements with a price column, and the totals under it', () => {
    const region = regionOf('mui-like', 'confirmation--css-grid');
    expect(readSubscriptions(region)).toEqual([
      {
        name: 'Coastal Dental - M365 - Office 365 E3 (New Commerce)',
        quantity: 3,
        activationDate: '02/12/2026',
        billingCycle: 'Month',
        price: '$156.00',
      },
      {
        name: 'Coastal Dental - M365 - Office 365 E1 (New Commerce)',
        quantity: 4,
        activationDate: '02/12/2026',
        billingCycle: 'Month',
        price: '$48.00',
      },
    ]);
    expect(readTotals(region.text)).toEqual({ beforeTax: '$204.00', gst: '$20.40', finalPrice: '$224.40' });
  });

  it('shows no totals on the guide’s confirmation (they come from the fees box seen before)', () => {
    expect(readTotals(regionOf('material-like', 'confirmation').text)).toBeNull();
  });
});

describe('the basket’s totals', () => {
  const feesPages = portalFixtures().filter((f) => f.name === 'service-details');
  it.each(feesPages.map((f) => [f.style]))('%s: the fees box of Service Details', (style) => {
    expect(readTotals(regionOf(style, 'service-details').text)).toEqual({
      monthly: '$121.95',
      beforeTax: '$121.95',
      gst: '$12.20',
      finalPrice: '$134.15',
    });
  });

  it.each([
    [
      'Subtotal (ex GST): A$1,219.50 GST (10%): A$121.95 Total (inc GST): A$1,341.45',
      { beforeTax: 'A$1,219.50', gst: 'A$121.95', finalPrice: 'A$1,341.45' },
    ],
    [
      'Monthly fee $40.00 Total excluding GST 40.00 AUD GST 4.00 AUD Grand total 44.00 AUD',
      { monthly: '$40.00', beforeTax: '40.00 AUD', gst: '4.00 AUD', finalPrice: '44.00 AUD' },
    ],
    [
      'Total Before Tax\t$121.95\nGST:\t$12.20\nFinal Price\t$134.15',
      { beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15' },
    ],
  ])('reads %j', (text, totals) => {
    expect(readTotals(text)).toEqual(totals);
  });

  it('takes no amount that does not follow its name, and no product price for a total', () => {
    expect(readTotals('Price (inc GST) $134.15 Final Price $134.15')).toEqual({ finalPrice: '$134.15' });
    expect(readTotals('Office 365 E3 · Month $39.00')).toBeNull();
  });
});

describe('the wanted licences against the order', () => {
  const line = (name: string, quantity: number): OrderedSubscription => ({ name, quantity });

  it('finds nothing to say when the order is what was wanted', () => {
    const wanted = [
      { name: 'Office 365 E3', quantity: 3 },
      { name: 'Office 365 E1', quantity: 1 },
    ];
    expect(compareOrder(wanted, GUIDE_ORDER)).toEqual([]);
  });

  it('flags a licence not ordered, one ordered but not wanted, and another quantity', () => {
    const wanted = [
      { name: 'Office 365 E3', quantity: 5 },
      { name: 'Microsoft 365 Business Premium', quantity: 2 },
    ];
    expect(compareOrder(wanted, GUIDE_ORDER)).toEqual([
      { kind: 'quantity', name: 'Office 365 E3', wanted: 5, ordered: 3 },
      { kind: 'missing', name: 'Microsoft 365 Business Premium', wanted: 2, ordered: 0 },
      { kind: 'extra', name: '360 Business - M365 - Office 365 E1 (New Commerce)', wanted: 0, ordered: 1 },
    ]);
  });

  it('counts a product’s monthly and annual lines together, and never takes E5 for E3', () => {
    const ordered = [
      line('Office 365 E3 - Monthly', 2),
      line('Office 365 E3 - Annual', 1),
      line('Office 365 E5', 1),
    ];
    expect(compareOrder([{ name: 'Office 365 E3', quantity: 3 }], ordered)).toEqual([
      { kind: 'extra', name: 'Office 365 E5', wanted: 0, ordered: 1 },
    ]);
  });
});
