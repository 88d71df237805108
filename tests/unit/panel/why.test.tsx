import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StepWhy } from '../../../components/panel/StepWhy';
import type { PanelSnapshot } from '../../../components/panel/types';
import { assess } from '../../../utils/assistant/assess';
import { EMPTY_SNAPSHOT } from '../../../utils/model/panel';
import { explain, STEPS } from '../../../utils/steps';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

// "Why this step?": each step that scored, its score against what it needs, the evidence seen, in
// the vocabulary's words and never the page's own text (a heading may hold a client's name).
describe('why the panel takes a screen for its step', () => {
  it('lists the steps that scored, best first, with their evidence, from a saved page', () => {
    const fixture = portalFixture('current-names', 'service-details');
    const { client, reseller } = sampleData();
    const why = explain(
      assess({ doc: loadPortalPage(fixture), url: new URL(fixture.url), client, reseller }).detection,
      STEPS,
    );
    expect(why[0]?.step).toBe('service-details');
    expect(why[0]?.score).toBeGreaterThanOrEqual(why[0]?.needed ?? Number.POSITIVE_INFINITY);
    expect(why[0]?.reasons.join('; ')).toMatch(/partner id.*\+2/);
    expect(why[0]?.reasons.join('; ')).toMatch(/^.*fields: domain prefix/);
    for (let i = 1; i < why.length; i++)
      expect(why[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(why[i]?.score ?? 0);
  });

  it('says each step’s score against what it needs, and which it took', () => {
    const snapshot: PanelSnapshot = {
      ...EMPTY_SNAPSHOT,
      step: 'new-customer',
      why: [
        {
          step: 'new-customer',
          score: 12,
          needed: 6,
          reasons: ['heading “new customer” +4', 'fields: company name +8'],
        },
        { step: 'customer-select', score: 2, needed: 5, reasons: ['the words “new customer” +2'] },
      ],
      clients: [],
      activeClient: null,
      hasReseller: true,
      reseller: null,
      m365: { phase: 'idle' },
      report: null,
    };
    const { container } = render(<StepWhy snapshot={snapshot} />);
    expect(container.querySelector('details > summary')?.textContent).toBe('Why this step?');
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/New customer.*12 \(needs 6\) — taken.*heading “new customer” \+4/i);
    expect(items[1]).toMatch(/2 \(needs 5\)/);
    expect(items[1]).not.toMatch(/taken/);
  });
});
