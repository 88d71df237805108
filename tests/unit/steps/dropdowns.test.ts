import { describe, expect, it } from 'vitest';
import { assess, fillPlan } from '../../../utils/assistant/assess';
import { controlText } from '../../../utils/page/controls';
import { runFill } from '../../../utils/page/fill';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage, runFixtureScripts, sampleData } from '../portal-page';

type FixtureWindow = Window & {
  __fixtureState: Record<string, unknown>;
  __pressed: string[];
  __rerender(): void;
};

// Dropdowns the page draws: MUI's Select (opens on mousedown, list in a popover at the end of
// <body>) and Autocomplete (filters as one types, takes only a chosen option), Angular Material's
// mat-select (opens on click, into the CDK overlay). The page's own state must hold the choice.
const pages = [
  [
    'mui-like',
    'new-customer--dropdowns',
    { 'customer.address.region': 'NSW', 'customer.address.nation': 'Australia' },
  ],
  [
    'material-like',
    'new-customer--mat-select',
    { 'customer.address.state': 'NSW', 'customer.address.country': 'AU' },
  ],
] as const;

describe('custom dropdowns, filled in happy-dom with each framework’s emulation', () => {
  const { client, reseller } = sampleData();

  it.each(pages)(
    '%s/%s: the choice reaches the page’s state, the list closes, nothing is pressed',
    async (style, name, state) => {
      const fixture = portalFixture(style, name);
      const doc = loadPortalPage(fixture);
      runFixtureScripts(fixture);
      const page = window as unknown as FixtureWindow;
      const before = assess({ doc, url: new URL(fixture.url), client, reseller });
      const dropdowns = before.fields.filter((f) => f.key === 'state' || f.key === 'country');
      expect(dropdowns.map((f) => f.element.getAttribute('role'))).toEqual(['combobox', 'combobox']);
      expect(await runFill(fillPlan(before))).toEqual([]);
      page.__rerender();
      for (const [key, value] of Object.entries(state)) expect(page.__fixtureState[key], key).toBe(value);
      const after = assess({ doc, url: new URL(fixture.url), client, reseller });
      const shown = Object.fromEntries(
        after.fields
          .filter((f) => f.key === 'state' || f.key === 'country')
          .map((f) => [f.key, controlText(f.element)]),
      );
      expect(shown).toEqual({ state: 'New South Wales', country: 'Australia' });
      for (const field of after.fields.filter((f) => f.expected !== undefined))
        expect(field.state, `${field.key} after the fill`).toBe('filled');
      expect(doc.querySelectorAll('[role="listbox"]')).toHaveLength(0);
      expect(page.__pressed).toEqual([]);
    },
  );

  it.each(pages)(
    '%s/%s: a value the list does not offer is left for the technician, and said',
    async (style, name) => {
      const fixture = portalFixture(style, name);
      const doc = loadPortalPage(fixture);
      runFixtureScripts(fixture);
      const elsewhere = { ...reseller, state: 'TAS' as const, country: 'Atlantis' };
      const plan = fillPlan(assess({ doc, url: new URL(fixture.url), client, reseller: elsewhere }));
      expect(await runFill(plan)).toEqual(['country']);
      const after = assess({ doc, url: new URL(fixture.url), client, reseller: elsewhere });
      expect(controlText(after.fields.find((f) => f.key === 'state')?.element ?? doc.body)).toBe('Tasmania');
      expect(controlText(after.fields.find((f) => f.key === 'country')?.element ?? doc.body)).toBe('');
      expect(doc.querySelectorAll('[role="listbox"]')).toHaveLength(0);
    },
  );
});
