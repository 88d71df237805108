import { describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import { PageSession } from '../../../utils/assistant/page-session';
import { sampleData } from '../portal-page';

// A page script can type into the portal's boxes and read the attributes the assistant puts on
// them. If a mark said "this box holds the stored value", the script could type guesses at the
// client's domain prefix (or tick the tenant box) and learn the right one from the mark.

const URL_SERVICE = new URL('https://hub.leadercloud.com.au/checkout/service-details');
const { client, reseller, clients } = sampleData();

function serviceDetails(): Document {
  document.body.innerHTML = `
    <main>
      <h2>Service Details</h2>
      <label for="p">Domain Prefix</label><input id="p" type="text"><span>.onmicrosoft.com</span>
      <p>Reseller (MPN ID) 619911</p>
      <label><input id="t" type="checkbox"> My customer is already using Office 365 service and he/she owns this domain</label>
      <button type="button">Verify</button>
    </main>`;
  return document;
}

const typeInto = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

function session(doc: Document) {
  const done = { ok: true } as const;
  const page = new PageSession(doc, async () => done as never);
  const look = () => page.look({ data: { clients, reseller, taught: {} } as never, client, accepted: false });
  return { page, look };
}

describe('marks on the page say what the assistant did, never what is stored', () => {
  it('a guessed prefix gets the same mark whether it is right or wrong', () => {
    const doc = serviceDetails();
    const box = doc.getElementById('p') as HTMLInputElement;
    const { look } = session(doc);
    const marks: (string | null)[] = [];
    for (const guess of [client.tenantPrefix, `${client.tenantPrefix}x`, 'contoso']) {
      typeInto(box, guess);
      look();
      marks.push(box.getAttribute('data-lca-state'));
    }
    expect(new Set(marks).size).toBe(1);
    expect(marks[0]).toBe('needs-look');
    // The comparison the page cannot see is still made, for the panel.
    typeInto(box, 'contoso');
    const wrong = assess({ doc, url: URL_SERVICE, client, reseller, clients });
    expect(wrong.fields.find((f) => f.key === 'domainPrefix')?.state).toBe('differs');
  });

  it('the tenant box ticked by the page gets the same mark whether the client has a tenant or not', () => {
    const doc = serviceDetails();
    const tick = doc.getElementById('t') as HTMLInputElement;
    const marksFor = (existingTenant: boolean) => {
      const { page } = session(doc);
      tick.checked = true;
      page.look({
        data: { clients, reseller, taught: {} } as never,
        client: { ...client, existingTenant },
        accepted: false,
      });
      return tick.getAttribute('data-lca-state');
    };
    expect(marksFor(true)).toBe(marksFor(false));
  });

  it('after a fill, a box that already held the client’s value is filled too, as is one it typed', async () => {
    const doc = serviceDetails();
    const box = doc.getElementById('p') as HTMLInputElement;
    typeInto(box, client.tenantPrefix);
    const { page, look } = session(doc);
    look();
    expect(box.getAttribute('data-lca-state')).toBe('needs-look');
    await page.fill();
    look();
    expect(box.getAttribute('data-lca-state')).toBe('filled');
  });

  it('a box the assistant filled is marked filled; an empty one the step needs, missing', async () => {
    const doc = serviceDetails();
    const box = doc.getElementById('p') as HTMLInputElement;
    const { page, look } = session(doc);
    look();
    expect(box.getAttribute('data-lca-state')).toBe('missing');
    await page.fill();
    look();
    expect(box.value).toBe(client.tenantPrefix);
    expect(box.getAttribute('data-lca-state')).toBe('filled');
    // Changed by the page afterwards: no longer what the assistant typed.
    typeInto(box, 'contoso');
    look();
    expect(box.getAttribute('data-lca-state')).toBe('needs-look');
  });
});
