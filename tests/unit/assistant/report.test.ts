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
  <textarea>Notes about Bluegum Physiotherapy</textarea>`;

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
    expect(html).not.toMatch(/<script|\son\w+=|javascript:|data-lca-/i);
    expect(summary.step).toBe(fixture.step);
    expect(summary.removed.value + summary.removed.known).toBeGreaterThan(0);

    // The file opens as a saved page: its fixture-url, and the same step detected from it.
    const reloadedUrl = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1];
    expect(reloadedUrl).toBe(`${url.origin}${url.pathname}`);
    const reloaded = loadPortalPage({ html });
    expect(detectStep(reloaded, new URL(reloadedUrl ?? ''), STEPS).step).toBe(fixture.step);
  });
});
