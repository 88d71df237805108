import { describe, expect, it, vi } from 'vitest';
import { assess, fillPlan } from '../../../utils/assistant/assess';
import { PageSession } from '../../../utils/assistant/page-session';
import type { Send } from '../../../utils/messaging';
import type { Client } from '../../../utils/model/client';
import { controlValue } from '../../../utils/page/controls';
import { runFill } from '../../../utils/page/fill';
import { portalFixtures } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

const { client, reseller } = sampleData();
const [first, second] = client.licenses.map((l) => l.name);
const at = '2026-12-01T00:00:00.000Z';
const withBasket = (names: string[]): Client => ({ ...client, basket: names.map((name) => ({ name, at })) });
const catalogues = portalFixtures().filter((f) => f.step === 'catalogue');
const search = (a: ReturnType<typeof assess>) => a.fields.find((f) => f.key === 'licenseSearch');

describe('a catalogue that moves on', () => {
  it.each(catalogues.map((f) => [`${f.style}/${f.name}`, f] as const))(
    '%s: offers the next wanted licence whatever the search box holds',
    async (_, fixture) => {
      const doc = loadPortalPage(fixture);
      const url = new URL(fixture.url);
      // The first licence searched for and added: the box still holds its name, and the next is offered.
      const added = withBasket([first ?? '']);
      const typed = search(assess({ doc, url, client, reseller }))?.element as HTMLInputElement | undefined;
      if (!typed) throw new Error('no search box');
      typed.value = first ?? '';
      const box = search(assess({ doc, url, client: added, reseller }));
      expect(box?.expected).toBe(second);
      expect(box?.state).toBe('empty');
      await runFill(fillPlan(assess({ doc, url, client: added, reseller })));
      expect(controlValue(search(assess({ doc, url, client: added, reseller }))?.element ?? doc.body)).toBe(
        second,
      );
      // Everything added: nothing more to type, and the box counts as done.
      const all = assess({ doc, url, client: withBasket([first ?? '', second ?? '']), reseller });
      expect(search(all)?.expected).toBeUndefined();
      expect(fillPlan(all)).toEqual([]);
    },
  );

  it('reads what a basket box on the catalogue already holds (the old table layout’s “Your Basket”)', () => {
    const fixture = catalogues.find((f) => f.style === 'table-layout');
    if (!fixture) throw new Error('no table-layout catalogue');
    const doc = loadPortalPage(fixture);
    const assessment = assess({ doc, url: new URL(fixture.url), client, reseller });
    expect(assessment.sources.basket).toEqual(['Office 365 E3']);
    // The header's "Basket (2)" and the product list are not basket lines.
    expect(search(assessment)?.expected).toBe(second);
  });

  it.each(catalogues.map((f) => [`${f.style}/${f.name}`, f] as const))(
    '%s: notices “Add” pressed on an outlined product, and only there',
    (_, fixture) => {
      const doc = loadPortalPage(fixture);
      const session = new PageSession(doc, vi.fn() as unknown as Send);
      const { products } = session.look({ data: null, client, accepted: false });
      const wanted = products.find((p) => p.licence === first);
      expect(wanted, 'no outlined product').toBeTruthy();
      const add = [...(wanted?.element.querySelectorAll('button, input[type="submit"]') ?? [])].find((b) =>
        /^(\+ )?add\b/i.test((b.textContent || (b as HTMLInputElement).value).trim()),
      );
      expect(add, 'no Add button on the outlined product').toBeTruthy();
      expect(session.basketAddOf(add as Element)).toBe(first);
      const otherAdd = [...doc.querySelectorAll('button, input[type="submit"]')].find(
        (b) =>
          /^(\+ )?add\b/i.test((b.textContent || (b as HTMLInputElement).value).trim()) &&
          !products.some((p) => p.element.contains(b)),
      );
      expect(otherAdd, 'every product is outlined').toBeTruthy();
      expect(session.basketAddOf(otherAdd as Element)).toBeNull();
      expect(session.basketAddOf(doc.body)).toBeNull();
    },
  );
});
