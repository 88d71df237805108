import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restore } from '../../../utils/csv/clients-csv';
import { ORDER_CSV_COLUMNS, ordersToCsv } from '../../../utils/csv/orders-csv';
import { clientSchema, LICENCES_SEEN_NOTE } from '../../../utils/model/client';
import { messageSchema } from '../../../utils/model/messages';
import { reminderName, remindersDue } from '../../../utils/reminders';
import { recordTotals, remindAgain, saveLicenceCheck } from '../../../utils/storage/order-actions';
import { recordOrder } from '../../../utils/storage/portal-actions';
import { readStore } from '../../../utils/storage/read';
import { updateStore } from '../../../utils/storage/write';
import { isFormula, semicolonExcelFields } from '../excel';
import { client } from '../fixtures';

const AT = new Date('2026-12-01T10:00:00Z');
const LINES = [
  {
    name: '360 Business - M365 - Office 365 E3 (New Commerce)',
    quantity: 3,
    activationDate: '01/12/2026',
    billingCycle: 'Month',
  },
];
const stored = async (id: string) => (await readStore()).data.clients.find((c) => c.id === id);

describe('the order kept on the client', () => {
  it('takes the fees box’s totals seen before, compares the wanted licences, and sets the reminder five minutes on', async () => {
    await updateStore(() => ({
      clients: [client('c1', { licenses: [{ name: 'Office 365 E3', quantity: 5 }] })],
    }));
    await recordTotals(
      'c1',
      { monthly: '$121.95', beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15' },
      AT,
    );
    await recordOrder('c1', { subscriptions: LINES }, AT);
    const order = (await stored('c1'))?.order;
    expect(order).toMatchObject({
      submittedAt: AT.toISOString(),
      subscriptions: LINES,
      totals: { monthly: '$121.95', beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15' },
      differences: [{ kind: 'quantity', name: 'Office 365 E3', wanted: 5, ordered: 3 }],
      remindAt: '2026-12-01T10:05:00.000Z',
    });
    expect((await stored('c1'))?.basketTotals).toBeUndefined();
    expect((await stored('c1'))?.status).toBe('ordered');
    expect(remindersDue((await readStore()).data.clients)).toEqual([
      { name: reminderName('c1'), when: Date.parse('2026-12-01T10:05:00.000Z') },
    ]);
  });

  it('keeps the order’s time and reminder when rows rendered late are read again', async () => {
    await updateStore(() => ({ clients: [client('c1')] }));
    await recordOrder('c1', { subscriptions: [] }, AT);
    await recordOrder('c1', { subscriptions: LINES }, new Date(AT.getTime() + 3000));
    const c = await stored('c1');
    expect(c?.order).toMatchObject({
      submittedAt: AT.toISOString(),
      subscriptions: LINES,
      remindAt: '2026-12-01T10:05:00.000Z',
    });
    expect(c?.history.filter((h) => h.step === 'confirmation')).toHaveLength(1);
  });

  it('marks the licences seen when the check finds them all, and only then', async () => {
    await updateStore(() => ({ clients: [client('c1')] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    const later = new Date(AT.getTime() + 6 * 60_000);
    await saveLicenceCheck(
      'c1',
      { at: later.toISOString(), result: 'not-yet', missing: ['x (not found)'] },
      later,
    );
    expect((await stored('c1'))?.status).toBe('ordered');
    await remindAgain('c1', later);
    expect((await stored('c1'))?.order?.remindAt).toBe('2026-12-01T10:11:00.000Z');
    await saveLicenceCheck('c1', { at: later.toISOString(), result: 'all-there', missing: [] }, later);
    const c = await stored('c1');
    expect(c?.status).toBe('licences-seen');
    expect(c?.order?.licencesSeenAt).toBe(later.toISOString());
    expect(c?.history.at(-1)).toMatchObject({ step: 'confirmation', note: LICENCES_SEEN_NOTE });
    // Seen: no reminder is due any more.
    expect(remindersDue((await readStore()).data.clients)).toEqual([]);
  });

  it('keeps the licences seen when the same confirmation is shown again later', async () => {
    await updateStore(() => ({ clients: [client('c1')] }));
    await recordOrder('c1', { subscriptions: LINES }, AT);
    await saveLicenceCheck('c1', { at: AT.toISOString(), result: 'all-there', missing: [] }, AT);
    const nextDay = new Date(AT.getTime() + 24 * 3600_000);
    await recordOrder('c1', { subscriptions: LINES }, nextDay);
    const c = await stored('c1');
    expect(c?.status).toBe('licences-seen');
    expect(c?.order).toMatchObject({ submittedAt: AT.toISOString(), licencesSeenAt: AT.toISOString() });
    // Another order (other lines) is a new one, checked afresh.
    await recordOrder('c1', { subscriptions: [{ ...LINES[0], quantity: 4 }] as typeof LINES }, nextDay);
    expect((await stored('c1'))?.status).toBe('ordered');
    expect((await stored('c1'))?.order?.licencesSeenAt).toBeUndefined();
  });

  it('restores a client stored before orders had totals (old backups)', () => {
    const old = clientSchema.parse({
      ...client('old'),
      order: { submittedAt: AT.toISOString(), subscriptions: [{ name: 'Office 365 E1', quantity: 1 }] },
    });
    expect(old.order?.totals).toBeUndefined();
    expect(remindersDue([old])).toEqual([]);
  });

  it('refuses a record-order message whose totals are not text', () => {
    const message = { type: 'record-order', clientId: 'c1', subscriptions: LINES, totals: { gst: 12.2 } };
    expect(messageSchema.safeParse(message).success).toBe(false);
  });
});

describe('the orders CSV', () => {
  it('has a header, one row per ordered product, formula-safe cells that read back', () => {
    const ordered = client('c1', {
      companyName: '=HYPERLINK("x") Pty Ltd',
      order: {
        submittedAt: '2026-12-01T01:00:00Z',
        subscriptions: [
          {
            name: 'Office 365 E3',
            quantity: 3,
            billingCycle: 'Month',
            activationDate: '01/12/2026',
            price: '$117.00',
          },
          { name: '-Office 365 E1', quantity: 1 },
        ],
        licencesSeenAt: '2026-12-01T01:07:00Z',
      },
    });
    const single = client('c2', {
      companyName: 'Koala Dental',
      order: {
        submittedAt: '2026-12-01T01:00:00Z',
        subscriptions: [{ name: 'Office 365 E1', quantity: 4 }],
        totals: { monthly: '$40.00' },
      },
    });
    const csv = ordersToCsv([ordered, single, client('none')]);
    const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header).toEqual([...ORDER_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[0]).toBe('\'=HYPERLINK("x") Pty Ltd');
    expect(rows[1]?.[1]).toBe("'-Office 365 E1");
    expect(rows.map((row) => row.map(restore))).toEqual([
      [
        '=HYPERLINK("x") Pty Ltd',
        'Office 365 E3',
        '3',
        'Month',
        '01/12/2026',
        '$117.00',
        expect.stringMatching(/^2026-12-01$/),
        expect.stringMatching(/^2026-12-01$/),
      ],
      ['=HYPERLINK("x") Pty Ltd', '-Office 365 E1', '1', '', '', '', expect.any(String), expect.any(String)],
      // A one-product order: the fees box's monthly amount is that product's.
      ['Koala Dental', 'Office 365 E1', '4', '', '', '$40.00', expect.any(String), ''],
    ]);
  });

  it('leaves no live formula after a `;` for an Excel that splits at `;`, and reads back', () => {
    const ordered = client('c1', {
      companyName: 'Acme; -2+3',
      order: {
        submittedAt: '2026-12-01T01:00:00Z',
        subscriptions: [
          { name: 'Office 365 E3;=HYPERLINK("http://x")', quantity: 3, billingCycle: '@Month' },
        ],
      },
    });
    const csv = ordersToCsv([ordered]);
    expect(semicolonExcelFields(csv).filter(isFormula)).toEqual([]);
    const [, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(row?.slice(0, 4).map(restore)).toEqual([
      'Acme; -2+3',
      'Office 365 E3;=HYPERLINK("http://x")',
      '3',
      '@Month',
    ]);
  });
});
