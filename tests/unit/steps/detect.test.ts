import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../utils/model/steps';
import { detectStep, STEPS } from '../../../utils/steps';
import { portalFixtures } from '../../fixtures/portal';

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

describe('detectStep on saved portal pages', () => {
  // Every saved page is detected as its own step and no other; pages named unknown-* match nothing.
  it.each(portalFixtures().map((f) => [`${f.style}/${f.name}`, f] as const))('%s', (_, fixture) => {
    const step = detectStep(load(fixture.html), new URL(fixture.url));
    expect(step, `${fixture.style}/${fixture.name}.html was detected as "${step}"`).toBe(fixture.step);
  });

  it('has fixtures named only after step ids', () => {
    for (const fixture of portalFixtures()) expect(STEP_IDS).toContain(fixture.step);
  });

  it('has a saved page in more than one markup style for every step module', () => {
    const fixtures = portalFixtures();
    for (const step of STEPS) {
      const styles = new Set(fixtures.filter((f) => f.step === step.id).map((f) => f.style));
      expect(
        styles.size,
        `step "${step.id}" needs saved pages in at least two markup styles`,
      ).toBeGreaterThanOrEqual(2);
    }
  });
});
