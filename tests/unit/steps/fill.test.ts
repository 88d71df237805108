import { describe, expect, it } from 'vitest';
import { assess, fillPlan } from '../../../utils/assistant/assess';
import { controlValue, isNativeControl } from '../../../utils/page/controls';
import { assertFillable, runFill } from '../../../utils/page/fill';
import { portalFixtures } from '../../fixtures/portal';
import { expectedValue, holds } from '../../fixtures/sample-values';
import { deepQueryAll, loadPortalPage, runFixtureScripts, sampleData } from '../portal-page';

type FixtureWindow = Window & {
  __fixtureState: Record<string, unknown>;
  __pressed: string[];
  __rerender(): void;
};

const fillable = portalFixtures().filter((f) =>
  ['new-customer', 'service-details', 'default-domain', 'new-tenant', 'catalogue'].includes(f.step),
);

describe('Fill this step, in happy-dom with each style’s framework emulation', () => {
  const { client, reseller } = sampleData();

  // The page's own state (React's, Angular's) holds each value after it re-renders, and no button
  // was pressed. The same emulation scripts run in Chromium in the e2e tests.
  it.each(fillable.map((f) => [`${f.style}/${f.name}`, f] as const))('%s', async (_, fixture) => {
    const doc = loadPortalPage(fixture);
    runFixtureScripts(fixture);
    const page = window as unknown as FixtureWindow;
    const before = assess({ doc, url: new URL(fixture.url), client, reseller });
    const plan = fillPlan(before);
    expect(plan.length, 'nothing to fill').toBeGreaterThan(0);
    expect(await runFill(plan), 'fields not filled').toEqual([]);
    page.__rerender();

    const after = assess({ doc, url: new URL(fixture.url), client, reseller });
    if (fixture.step === 'catalogue') {
      // The first wanted licence not in the basket: the old table layout's "Your Basket" box
      // already lists Office 365 E3, so there it is the second.
      const next = fixture.style === 'table-layout' ? client.licenses[1] : client.licenses[0];
      expect(
        controlValue(after.fields.find((f) => f.key === 'licenseSearch')?.element ?? document.body),
      ).toBe(next?.name);
    }
    for (const field of after.fields.filter((f) => f.expected !== undefined)) {
      expect(field.state, `${field.key} after the fill`).toBe('filled');
      const model = field.element.getAttribute('data-model');
      // (A select's or drawn dropdown's model holds the option's value, not the words it shows.)
      if (model && isNativeControl(field.element) && field.element.tagName !== 'SELECT')
        expect(page.__fixtureState[model], `${field.key}: the page's model`).toEqual(
          controlValue(field.element),
        );
    }
    // The page's own state, against the sample's known values (not the assistant's own reading):
    // each field the page declares (data-expect), read from its framework's model, or from the
    // DOM its framework re-rendered (a select shows its model's option).
    for (const element of deepQueryAll<HTMLInputElement>(doc, '[data-expect]')) {
      const key = element.dataset.expect ?? '';
      const expected = expectedValue(key, { reseller, client });
      if (expected === undefined || element.readOnly || element.disabled) continue;
      const model = element.getAttribute('data-model');
      const shown =
        element.type === 'checkbox'
          ? element.checked
          : element.tagName === 'SELECT'
            ? ((element as unknown as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
            : model && model in page.__fixtureState
              ? page.__fixtureState[model]
              : controlValue(element);
      expect(
        holds(shown, expected),
        `${key}: the page holds ${JSON.stringify(shown)}, not ${JSON.stringify(expected)}`,
      ).toBe(true);
    }
    expect(page.__pressed).toEqual([]);
  });

  it('types the reseller’s contact details with the client’s company name', async () => {
    const fixture = fillable.find((f) => f.step === 'new-customer');
    if (!fixture) throw new Error('no new-customer fixture');
    const doc = loadPortalPage(fixture);
    runFixtureScripts(fixture);
    await runFill(fillPlan(assess({ doc, url: new URL(fixture.url), client, reseller })));
    const value = (key: string) => doc.querySelector<HTMLInputElement>(`[data-expect="${key}"]`)?.value;
    expect(value('companyName')).toBe('360 Business');
    expect(value('contactEmail')).toBe(reseller.contactEmail);
    expect(value('contactPhone')).toBe(reseller.contactPhone);
    expect(value('contactFirstName')).toBe(reseller.contactFirstName);
  });

  it('the React emulation is real: a value set through the element and an input event does not reach its state', () => {
    const fixture = fillable.find((f) => f.style === 'mui-like' && f.step === 'new-customer');
    if (!fixture) throw new Error('no mui-like/new-customer fixture');
    const doc = loadPortalPage(fixture);
    runFixtureScripts(fixture);
    const page = window as unknown as FixtureWindow;
    const input = doc.querySelector<HTMLInputElement>('[data-expect="companyName"]');
    if (!input) throw new Error('no company name box');
    input.value = 'Naive Pty Ltd';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    page.__rerender();
    expect(input.value).toBe('');
    expect(page.__fixtureState[input.getAttribute('data-model') ?? '']).toBe('');
  });

  it('refuses to fill anything that is not a field', () => {
    const button = document.createElement('button');
    const submit = Object.assign(document.createElement('input'), { type: 'submit' });
    const password = Object.assign(document.createElement('input'), { type: 'password' });
    for (const element of [button, submit, password])
      expect(() => assertFillable(element)).toThrow(/Refusing/);
  });
});
