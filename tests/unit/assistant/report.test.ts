import { describe, expect, it } from 'vitest';
import { assess, fillPlan } from '../../../utils/assistant/assess';
import { knownValues, reportScreen } from '../../../utils/assistant/report';
import { runFill } from '../../../utils/page/fill';
import { detectStep, STEPS } from '../../../utils/steps';
import { portalFixtures } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

const { client, clients, reseller } = sampleData();

// Someone's details as a portal could show them beyond its fields: an account menu, a summary
// line, a footer. None may survive in the report.
const PLANTED = `
  <div class="account-menu">Signed in as Jane Citizen · jane.citizen@harbourit.com.au · 0412 345 678</div>
  <p class="summary">Customer 360 Business (ABN 51 824 753 556), 360business.onmicrosoft.com, Level 4, 12 Example Street</p>
  <table><tr><td>Priya Nair</td><td>02 9876 5432</td><td>licensing@harbourit.com.au</td></tr></table>
  <textarea>Notes about Bluegum Physiotherapy</textarea>
  <p>Owner: Marguerite <b>Okonkwo</b>, mq<wbr>@tallowood.cloud, PRIYANKA, Thandiwe</p>
  <p title="Call Rosalind" aria-label="Rosalind's account">0412 345 679 · 02.9876.5433 · 02-9876-5434</p>
  <p>Tenant 3f2504e0-4f89-11d3-9a0c-0305e82c3301, customer #4821, site wattlebird.xyz</p>
  <select aria-label="Customer"><option>Choose</option><option selected value="c-77">Ironbark Joinery</option><option>Yes</option></select>
  <div contenteditable="true">Draft for Kookaburra Dental</div>
  <span aria-current="Wollemi" slot="Brindabella" dir="Yarralumla">Settings of the right shape</span>
  <template><p>Template for Casuarina Legal</p></template>
  <style>.logo { background: \\75 rl(https://tracker.example/a.png) } .b { background: image-set("https://tracker.example/b.png" 1x) } @import "https://tracker.example/c.css"</style>`;

const SECRETS = [
  'Jane Citizen',
  'jane.citizen',
  'harbourit',
  '0412 345 678',
  '0412345678',
  '360 Business',
  '360business',
  '51 824 753 556',
  'Priya',
  'Nair',
  '9876 5432',
  'Example Street',
  'Parramatta',
  'Bluegum',
  client.companyName,
  reseller.contactEmail,
  'Marguerite',
  'Okonkwo',
  'tallowood',
  'PRIYANKA',
  'NKA,',
  'Thandiwe',
  'Rosalind',
  '345 679',
  '9876.5433',
  '9876-5434',
  '3f2504e0',
  '0305e82c3301',
  '4821',
  'wattlebird',
  'Ironbark',
  'c-77',
  'Kookaburra',
  'Casuarina',
  'tracker.example',
  'Wollemi',
  'Brindabella',
  'Yarralumla',
];

const cases = portalFixtures()
  .filter((f) => f.step !== 'unknown')
  .map((f) => [`${f.style}/${f.name}`, f] as const);

describe('“Report this screen”: a sanitised copy of every saved page', () => {
  it.each(cases)('%s keeps no planted value and reloads as the same step', async (_, fixture) => {
    const doc = loadPortalPage(fixture);
    doc.body.insertAdjacentHTML('afterbegin', PLANTED);
    const url = new URL(fixture.url);
    const before = assess({ doc, url, client, reseller, clients });
    await runFill(fillPlan(before));
    const after = assess({ doc, url, client, reseller, clients });
    const { html, summary } = reportScreen(doc, after, knownValues(clients, reseller, doc));

    for (const secret of SECRETS)
      expect(html.toLowerCase(), `"${secret}" survived in ${fixture.style}/${fixture.name}`).not.toContain(
        secret.toLowerCase(),
      );
    expect(html).not.toMatch(/<script|<style|url\(|@import|image-set|\son\w+=|javascript:|data-lca-/i);
    // The drop-down keeps the choices of a known vocabulary only; which one was chosen, never.
    expect(html).toMatch(/<option>Yes<\/option>/);
    expect(html).not.toMatch(/\sselected/);
    expect(summary.step).toBe(fixture.step);
    expect(summary.removed.value + summary.removed.known).toBeGreaterThan(0);

    // The file opens as a saved page: its fixture-url, and the same step detected from it.
    const reloadedUrl = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1];
    // The address's path in the report's words: an order's or a customer's number is zeros.
    expect(reloadedUrl).toBe(
      `${url.origin}${url.pathname.replace(/\d{3,}/g, (n) => (n === '365' ? n : '0'.repeat(n.length)))}`,
    );
    const reloaded = loadPortalPage({ html });
    expect(detectStep(reloaded, new URL(reloadedUrl ?? ''), STEPS).step).toBe(fixture.step);
  });
});
