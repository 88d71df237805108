import { describe, expect, it } from 'vitest';
import { PageSession } from '../../../utils/assistant/page-session';
import type { Message } from '../../../utils/model/messages';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

/** A page session on happy-dom's document, its messages to the background kept. */
function session() {
  const sent: Message[] = [];
  const page = new PageSession(document, async (message) => {
    sent.push(message as Message);
    return { ok: true } as never;
  });
  const { client } = sampleData();
  const look = () => page.look({ data: null, client, accepted: false });
  return { sent, look, client };
}

const types = (sent: Message[]) => sent.map((m) => m.type);

describe('the order and the totals, as a page session sends them', () => {
  it('sends the fees box’s totals once, then the order once, and again when its rows change', () => {
    const { sent, look } = session();
    loadPortalPage(portalFixture('material-like', 'service-details'));
    look();
    look();
    expect(types(sent)).toEqual(['record-totals', 'record-step']);
    expect(sent[0]).toMatchObject({ totals: { beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15' } });

    loadPortalPage(portalFixture('bootstrap-like', 'confirmation'));
    look();
    look();
    expect(types(sent)).toEqual(['record-totals', 'record-step', 'record-order']);
    expect(sent[2]).toMatchObject({ subscriptions: [{ quantity: 1 }, { quantity: 3 }] });

    // A row that came later: the order is sent again, whole.
    const body = document.querySelector('table tbody');
    const row = body?.querySelector('tr')?.cloneNode(true) as HTMLTableRowElement;
    const cell = row.querySelector('td');
    if (cell) cell.textContent = '360 Business - M365 - Exchange Online (Plan 1)';
    body?.append(row);
    look();
    expect(types(sent)).toEqual(['record-totals', 'record-step', 'record-order', 'record-order']);
    expect((sent[3] as { subscriptions: unknown[] }).subscriptions).toHaveLength(3);
  });
});
