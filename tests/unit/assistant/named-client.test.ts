import { describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import type { FieldKey } from '../../../utils/model/fields';
import { portalFixture, portalFixtures, portalStyles } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

const { reseller, clients } = sampleData();
const byId = (id: string) => {
  const client = clients.find((c) => c.id === id);
  if (!client) throw new Error(id);
  return client;
};

/** Types into the step's field as the technician would have, then looks at the page again. */
function assessWithTyped(fixtureName: string, style: string, key: FieldKey, value: string, activeId: string) {
  const fixture = portalFixture(style, fixtureName);
  const doc = loadPortalPage(fixture);
  const url = new URL(fixture.url, 'https://hub.leadercloud.com.au');
  const active = byId(activeId);
  const first = assess({ doc, url, client: active, reseller, clients });
  const field = first.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${key} not found on ${style}/${fixtureName}`);
  (field.element as HTMLInputElement).value = value;
  return assess({ doc, url, client: active, reseller, clients });
}

// Styles with both screens these tests type into (a partial style may lack one).
const styles = portalStyles().filter((style) =>
  ['new-customer', 'service-details'].every((name) =>
    portalFixtures().some((f) => f.style === style && f.name === name),
  ),
);

describe('a screen about another queued client', () => {
  it.each(styles)('%s: the company name typed for another client offers to switch to it', (style) => {
    const named = assessWithTyped(
      'new-customer',
      style,
      'companyName',
      '  bluegum  PHYSIOTHERAPY ',
      'c-360business',
    );
    expect(named.namedClient?.client.id).toBe('c-bluegum');
    expect(named.namedClient?.evidence).toMatch(/company name/);
  });

  it.each(styles)('%s: another client’s prefix in the domain prefix field', (style) => {
    const prefix = byId('c-bluegum').tenantPrefix;
    const named = assessWithTyped('service-details', style, 'domainPrefix', prefix, 'c-360business');
    expect(named.namedClient?.client.id).toBe('c-bluegum');
  });

  it.each(styles)('%s: nothing to offer when the screen is about the active client', (style) => {
    const active = byId('c-360business');
    const same = assessWithTyped('service-details', style, 'domainPrefix', active.tenantPrefix, active.id);
    expect(same.namedClient).toBeNull();
  });

  it('a domain in the text names its client; a list naming two clients names none', () => {
    const { defaultDomain: cafe } = byId('c-new-cafe');
    const gum = `${byId('c-bluegum').tenantPrefix}.onmicrosoft.com`;
    const fixture = portalFixture('material-like', 'confirmation');
    const doc = loadPortalPage(fixture);
    const url = new URL(fixture.url, 'https://hub.leadercloud.com.au');
    const note = doc.createElement('p');
    note.textContent = `Customer domain: ${cafe.toUpperCase()}`;
    doc.querySelector('main')?.append(note);
    const one = assess({ doc, url, client: byId('c-360business'), reseller, clients });
    expect(one.namedClient?.client.id).toBe('c-new-cafe');
    expect(one.namedClient?.evidence).toBe(`the domain ${cafe}`);
    note.textContent = `Customers: ${cafe}, ${gum}`;
    expect(assess({ doc, url, client: byId('c-360business'), reseller, clients }).namedClient).toBeNull();
  });
});
