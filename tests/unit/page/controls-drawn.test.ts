import { describe, expect, it } from 'vitest';
import { assess, fillPlan } from '../../../utils/assistant/assess';
import { runFill } from '../../../utils/page/fill';
import { sampleData } from '../portal-page';

// Controls a person uses that the markup hides or draws: a native checkbox visually hidden and
// ticked through its label (Angular Material), a drawn switch or checkbox (role + aria-checked), a
// yes/no question answered by radios; and every box of a key (a confirm-email box, a phone split
// over three boxes). Each is found, marked and filled as a person would, and the page's own state
// is checked afterwards.

const URL_SERVICE = new URL('https://hub.leadercloud.com.au/checkout/service-details');
const URL_CUSTOMER = new URL('https://hub.leadercloud.com.au/checkout/customer/new');
const SR_ONLY =
  'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:-1px';

function serviceDetails(tenantControl: string): Document {
  document.body.innerHTML = `
    <main>
      <h2>Service Details</h2>
      <label for="p">Domain Prefix</label><input id="p" type="text"><span>.onmicrosoft.com</span>
      <p>Reseller (MPN ID) 619911</p>
      ${tenantControl}
      <button type="button">Verify</button>
    </main>`;
  return document;
}

const run = async (doc: Document, url: URL) => {
  const { client, reseller } = sampleData();
  const before = assess({ doc, url, client, reseller });
  const missed = await runFill(fillPlan(before));
  return { before, missed, after: assess({ doc, url, client, reseller }) };
};

describe('controls the markup hides or draws', () => {
  it('a native checkbox hidden 1×1 and clipped, ticked through its visible label', async () => {
    const doc = serviceDetails(`
      <div class="mat-checkbox"><label for="t">
        <span class="box"><input id="t" type="checkbox" style="${SR_ONLY}"></span>
        <span>My customer is already using Office 365 service and he/she owns this domain</span>
      </label></div>`);
    const input = doc.getElementById('t') as HTMLInputElement;
    const clicks: string[] = [];
    doc.addEventListener('click', (e) => clicks.push((e.target as Element).tagName), true);
    const { before, missed, after } = await run(doc, URL_SERVICE);
    expect(before.detection.step).toBe('service-details');
    expect(before.fields.map((f) => f.key)).toContain('existingTenant');
    expect(missed).toEqual([]);
    expect(input.checked).toBe(true);
    // What a person clicks first: the label (the browser then clicks the box).
    expect(clicks[0]).toBe('LABEL');
    expect(after.fields.find((f) => f.key === 'existingTenant')?.state).toBe('filled');
  });

  it('a drawn switch (role="switch", aria-checked) named by aria-labelledby', async () => {
    const doc = serviceDetails(`
      <span id="q">The client already has a Microsoft 365 tenancy</span>
      <div role="switch" tabindex="0" aria-checked="false" aria-labelledby="q" id="s"></div>`);
    const toggle = doc.getElementById('s') as HTMLElement;
    toggle.addEventListener('click', () =>
      toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')),
    );
    const { before, missed } = await run(doc, URL_SERVICE);
    expect(before.fields.find((f) => f.key === 'existingTenant')?.element).toBe(toggle);
    expect(missed).toEqual([]);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('a drawn switch that ignores the click is reported as not filled', async () => {
    const doc = serviceDetails(`
      <div role="checkbox" tabindex="0" aria-checked="false">Already using Microsoft 365</div>`);
    const { missed } = await run(doc, URL_SERVICE);
    expect(missed).toEqual(['existingTenant']);
  });

  it('a yes/no question answered by a radio group: each radio marked, the right one chosen', async () => {
    const doc = serviceDetails(`
      <fieldset><legend>Does the customer already use Microsoft 365?</legend>
        <label><input type="radio" name="has" value="1"> Yes</label>
        <label><input type="radio" name="has" value="0" checked> No</label>
      </fieldset>`);
    const [yes, no] = [...doc.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const { before, missed, after } = await run(doc, URL_SERVICE);
    const marked = before.fields.filter((f) => f.key === 'existingTenant');
    expect(marked.map((f) => [f.element, f.answer])).toEqual([
      [yes, true],
      [no, false],
    ]);
    expect(missed).toEqual([]);
    expect(yes?.checked).toBe(true);
    expect(after.fields.filter((f) => f.key === 'existingTenant').every((f) => f.state === 'filled')).toBe(
      true,
    );
  });
});

describe('every box of a key', () => {
  it('marks and fills a confirm-email box and each part of a phone split over three boxes', async () => {
    document.body.innerHTML = `
      <main><h1>Create customer</h1>
        <label for="c">Organisation</label><input id="c">
        <label for="f">Given name</label><input id="f">
        <label for="l">Surname</label><input id="l">
        <label for="e">E-mail</label><input id="e" type="email">
        <label for="e2">Confirm e-mail</label><input id="e2" type="email">
        <div>Phone: <input id="a" maxlength="3"> <input id="b" maxlength="3"> <input id="n" maxlength="4"></div>
      </main>`;
    const { reseller } = sampleData();
    const { before, missed } = await run(document, URL_CUSTOMER);
    expect(before.detection.step).toBe('new-customer');
    expect(before.fields.filter((f) => f.key === 'contactEmail').map((f) => f.element.id)).toEqual([
      'e',
      'e2',
    ]);
    expect(before.fields.filter((f) => f.key === 'contactPhone').map((f) => f.element.id)).toEqual([
      'a',
      'b',
      'n',
    ]);
    expect(missed).toEqual([]);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(value('e2')).toBe(reseller.contactEmail);
    expect(`${value('a')}${value('b')}${value('n')}`).toBe(
      reseller.contactPhone.replace(/\D/g, '').slice(-10),
    );
  });
});

describe('a screen recognised from all the evidence', () => {
  const { client, reseller } = sampleData();
  const detect = (html: string, url = URL_CUSTOMER) => {
    document.body.innerHTML = html;
    return assess({ doc: document, url, client, reseller }).detection;
  };

  it('company, contact and address fields make New Customer without any heading', () => {
    const detection = detect(`<main><form>
      <label>Company <input></label><label>First name <input></label><label>Last name <input></label>
      <label>Email <input type="email"></label><label>Phone <input type="tel"></label>
      <label>Street address <input></label><label>Suburb <input></label><label>Postcode <input></label>
    </form></main>`);
    expect(detection.step).toBe('new-customer');
    expect(detection.reasons['new-customer']?.join('; ')).toMatch(/^fields: company name, .*\+\d+$/);
  });

  it('a heading drawn with a styled <div> is a heading; the site’s header is no evidence', () => {
    const form = '<label>Email <input type="email"></label><label>Phone <input type="tel"></label>';
    expect(
      detect(`<header><div style="font-size:22px">New Customer</div></header><main>${form}</main>`).step,
    ).toBe('unknown');
    expect(detect(`<main><div style="font-size:22px">New Customer</div>${form}</main>`).step).toBe(
      'new-customer',
    );
  });

  it('the same form about the signed-in reseller (My Account) is no New Customer', () => {
    const detection = detect(`<main><h1>My account</h1><form>
      <label>Company <input></label><label>First name <input></label><label>Last name <input></label>
      <label>Email <input type="email"></label><label>Phone <input type="tel"></label>
      <label>Street address <input></label><label>Suburb <input></label><label>Postcode <input></label>
      <button>Save</button></form></main>`);
    expect(detection.step).toBe('unknown');
    expect(detection.reasons['new-customer']).toContain('heading “my account” -6');
  });
});
