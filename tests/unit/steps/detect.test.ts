import { describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import { STEP_IDS } from '../../../utils/model/steps';
import { detectStep, STEPS } from '../../../utils/steps';
import { isPartialStyle, portalFixtures, portalStyles } from '../../fixtures/portal';
import { deepQueryAll, loadPortalPage, sampleData } from '../portal-page';

const fixtures = portalFixtures();
const cases = fixtures.map((f) => [`${f.style}/${f.name}`, f] as const);

describe('detectStep on saved portal pages', () => {
  // Every saved page is detected as its own step and no other; pages named unknown-* match nothing.
  it.each(cases)('%s', (_, fixture) => {
    const detection = detectStep(loadPortalPage(fixture), new URL(fixture.url), STEPS);
    const scores = Object.entries(detection.scores).filter(([, s]) => s && s > 0);
    expect(
      detection.step,
      `${fixture.style}/${fixture.name}.html was detected as "${detection.step}" (scores: ${JSON.stringify(scores)})`,
    ).toBe(fixture.step);
  });

  it('has fixtures named only after step ids', () => {
    for (const fixture of fixtures)
      expect(STEP_IDS, `${fixture.style}/${fixture.name}`).toContain(fixture.step);
  });

  it('has a step module for every step id of SCREENS.md but unknown, in flow order', () => {
    expect(STEPS.map((s) => s.id)).toEqual(STEP_IDS.filter((id) => id !== 'unknown'));
  });

  it.each(STEPS.map((s) => [s.id]))('%s has a saved page in every complete markup style', (id) => {
    for (const style of portalStyles().filter((s) => !isPartialStyle(s))) {
      expect(
        fixtures.some((f) => f.style === style && f.step === id),
        `no ${style}/${id}.html: add a saved page of this step in that style`,
      ).toBe(true);
    }
  });

  it('has at least three markup styles, each with pages that match no step', () => {
    expect(portalStyles().length).toBeGreaterThanOrEqual(3);
    for (const style of portalStyles())
      expect(
        fixtures.some((f) => f.style === style && f.step === 'unknown'),
        style,
      ).toBe(true);
  });
});

describe('fields found on saved portal pages', () => {
  const { client, reseller } = sampleData();
  // Each control the page marks data-expect="<key>" is found as that key, named by the source in
  // data-expect-source; nothing else is taken for a field.
  it.each(cases.filter(([, f]) => f.step !== 'unknown'))('%s', (_, fixture) => {
    const doc = loadPortalPage(fixture);
    const assessment = assess({ doc, url: new URL(fixture.url), client, reseller });
    const line = (key: string | undefined, source: string | undefined, el: Element) =>
      `${key} <- ${source} (${el.id || el.outerHTML.slice(0, 60)})`;
    const found = assessment.fields.map((f) => line(f.key, f.source, f.element)).sort();
    const expected = deepQueryAll(doc, '[data-expect]')
      .map((el) => line(el.dataset.expect, el.dataset.expectSource, el))
      .sort();
    expect(found).toEqual(expected);
  });
});

describe('products matched on saved portal pages', () => {
  const { client, reseller } = sampleData();
  it.each(cases.filter(([, f]) => f.step === 'catalogue' || f.step === 'basket'))('%s', (_, fixture) => {
    const doc = loadPortalPage(fixture);
    const assessment = assess({ doc, url: new URL(fixture.url), client, reseller });
    const marked = assessment.products.map((p) => ({ licence: p.licence, element: p.element }));
    const expected = [...doc.querySelectorAll<HTMLElement>('[data-expect-product]')].map((el) => ({
      licence: el.dataset.expectProduct,
      element: el,
    }));
    expect(marked.map((m) => m.licence).sort()).toEqual(expected.map((e) => e.licence).sort());
    for (const { element, licence } of expected) {
      expect(
        marked.some((m) => m.element === element),
        `the ${licence} product element was not the one marked (${marked.map((m) => m.element.outerHTML.slice(0, 60)).join(' | ')})`,
      ).toBe(true);
    }
  });
});

describe('checks on saved portal pages', () => {
  const { client, reseller } = sampleData();
  const warningsOn = (fixture: (typeof fixtures)[number], profile = reseller) =>
    assess({ doc: loadPortalPage(fixture), url: new URL(fixture.url), client, reseller: profile }).warnings;

  it.each(cases.filter(([, f]) => f.step === 'basket'))(
    '%s: the basket against the client’s licences',
    (_, fixture) => {
      const warnings = warningsOn(fixture);
      expect(warnings.map((w) => w.code).sort()).toEqual([
        'basket-extra',
        'basket-missing',
        'basket-quantity',
      ]);
      expect(warnings.find((w) => w.code === 'basket-extra')?.message).toMatch(
        /^Microsoft 365 Business Premium\b.* is in the basket/,
      );
      expect(warnings.find((w) => w.code === 'basket-missing')?.message).toMatch(/^Office 365 E1 × 1/);
      expect(warnings.find((w) => w.code === 'basket-quantity')?.message).toMatch(
        /Office 365 E3: the basket has 2, the client needs 3/,
      );
    },
  );

  it.each(cases.filter(([, f]) => f.step === 'service-details' || f.step === 'authorization'))(
    '%s: the MPN id shown',
    (_, fixture) => {
      expect(warningsOn(fixture)).toEqual([]);
      expect(warningsOn(fixture, { ...reseller, mpnId: '1234567' }).map((w) => w.code)).toEqual([
        'mpn-mismatch',
      ]);
    },
  );
});
