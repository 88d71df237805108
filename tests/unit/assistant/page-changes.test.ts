import { afterEach, describe, expect, it } from 'vitest';
import { namedWindowOf } from '../../../utils/assistant/named-window';
import { classifyChanges, OBSERVED_ATTRIBUTES } from '../../../utils/assistant/relevance';
import { MAX_NAMED_CONTROLS } from '../../../utils/page/fields';
import { observePage } from '../../../utils/page/observe';
import { PageReader } from '../../../utils/page/page-reader';
import { detectStep, STEPS } from '../../../utils/steps';

// A catalogue with more quantity boxes than a look names, a search box first, a hidden dialog
// with a field, and a spot at the end where the page adds things (the bench page's #extra).
function catalogue(products = MAX_NAMED_CONTROLS + 20): void {
  const cards = Array.from(
    { length: products },
    (_, i) =>
      `<article><h3>Office 365 E${i}</h3><p><span class="price">$10.00</span> per user / month</p><label>Qty <input type="number" id="q${i}" value="1"></label><button type="button">Add Licenses</button></article>`,
  ).join('');
  document.body.innerHTML = `<main><h1>Microsoft 365 licences</h1><label>Search licences <input type="search" id="search"></label>
    <div id="grid">${cards}</div><div id="extra"></div>
    <div id="dialog" role="dialog" style="display:none"><h2>Define Default Domain</h2><div id="in-dialog"></div></div></main>`;
}

/** The records a change makes, as the content script's observer (observePage) receives them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const stop = new AbortController();
  observePage(document.body, () => {}, stop.signal, {
    seen: (batch) => records.push(...batch),
    matters: () => false,
    attributeFilter: OBSERVED_ATTRIBUTES,
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  stop.abort();
  return records;
}

const lastLook = () =>
  namedWindowOf(detectStep(document, new URL('https://hub.leadercloud.com.au/shop'), STEPS));
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const input = (type = 'number') => Object.assign(document.createElement('input'), { type });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('what a batch of page changes leads the assistant to do', () => {
  it('needs no look for a quantity box added past the controls a look names, only a new list for teach mode', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => byId('extra').replaceChildren(input()));
    expect(classifyChanges(records, named)).toBe('controls');
  });

  it('needs no look when such a box is taken away again', async () => {
    catalogue();
    byId('extra').append(input());
    const named = lastLook();
    const records = await recordsOf(() => byId('extra').replaceChildren());
    expect(classifyChanges(records, named)).toBe('controls');
  });

  it('looks again when a control is added inside a region the look names (before its last named control)', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => byId('q3').after(input('email')));
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('looks again when a named control is removed (the fields may change)', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => byId('search').remove());
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('looks again for any field added on a page with fewer controls than a look names', async () => {
    catalogue(5);
    const named = lastLook();
    const records = await recordsOf(() => byId('extra').replaceChildren(input()));
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('looks again for a control added in a dialog, wherever it sits', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => byId('in-dialog').append(input('text')));
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('looks again when a dialog opens (a new screen): a full look', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => {
      byId('dialog').style.display = 'block';
    });
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('looks again for a password field or a button-like input, even past the named controls', async () => {
    catalogue();
    const named = lastLook();
    for (const type of ['password', 'submit']) {
      const records = await recordsOf(() => byId('extra').replaceChildren(input(type)));
      expect(classifyChanges(records, named), type).toBe('look');
    }
  });

  it('looks again when text in a landmark’s place comes with the box (a label naming a step)', async () => {
    catalogue();
    const named = lastLook();
    const records = await recordsOf(() => {
      const heading = document.createElement('h2');
      heading.textContent = 'Define Default Domain';
      byId('extra').replaceChildren(heading, input());
    });
    expect(classifyChanges(records, named)).toBe('look');
  });

  it('ignores prices and counters changing, as before', async () => {
    catalogue();
    byId('extra').textContent = 'Basket (2)';
    const named = lastLook();
    const records = await recordsOf(() => {
      const price = document.querySelector('.price') as HTMLElement;
      price.textContent = '$11.00';
      byId('extra').textContent = 'Basket (3)';
    });
    expect(classifyChanges(records, named)).toBe('none');
  });

  it('looks again when a product comes with its quantity box while the client’s products are outlined', async () => {
    catalogue();
    const detection = detectStep(document, new URL('https://hub.leadercloud.com.au/shop'), STEPS);
    // A framework re-rendering a card: a new box and a new button (+, no landmark in its text).
    const rerender = () => {
      const card = document.createElement('div');
      card.append(input(), Object.assign(document.createElement('button'), { textContent: '+' }));
      byId('extra').replaceChildren(card);
    };
    expect(classifyChanges(await recordsOf(rerender), namedWindowOf(detection, true))).toBe('look');
    // With no licence to outline, only the list of controls changed.
    expect(classifyChanges(await recordsOf(rerender), namedWindowOf(detection, false))).toBe('controls');
  });

  it('looks again when a named field’s placeholder or aria-label changes (its name may change)', async () => {
    catalogue();
    const named = lastLook();
    for (const attribute of ['placeholder', 'aria-label']) {
      const records = await recordsOf(() => byId('search').setAttribute(attribute, 'Search products'));
      expect(classifyChanges(records, named), attribute).toBe('look');
    }
  });

  it('needs no look when the field whose name changes is past what a look names, or no field at all', async () => {
    catalogue();
    const named = lastLook();
    const past = await recordsOf(() =>
      byId(`q${MAX_NAMED_CONTROLS + 5}`).setAttribute('placeholder', 'How many'),
    );
    expect(classifyChanges(past, named)).toBe('none');
    const other = await recordsOf(() => byId('grid').setAttribute('title', 'Products'));
    expect(classifyChanges(other, named)).toBe('none');
  });

  it('looks again when a label’s `for` changes, or an element takes the id a named field’s aria-labelledby names', async () => {
    catalogue();
    byId('search').setAttribute('aria-labelledby', 'search-name');
    byId('extra').innerHTML = '<label for="nothing">Find</label><span>Search</span>';
    const named = lastLook();
    const label = byId('extra').querySelector('label') as HTMLLabelElement;
    expect(classifyChanges(await recordsOf(() => label.setAttribute('for', 'search')), named)).toBe('look');
    const span = byId('extra').querySelector('span') as HTMLElement;
    expect(classifyChanges(await recordsOf(() => span.setAttribute('id', 'search-name')), named)).toBe(
      'look',
    );
  });

  it('looks again when an attribute changes around a named field’s kept names (told by the page reader)', async () => {
    document.body.innerHTML = `<main><h1>New customer</h1><form><div><div><div><div id="around">
      <label>Company <input id="company"></label></div></div></div></div></form><aside id="far">Basket (1)</aside></main>`;
    const reader = new PageReader(document);
    const url = new URL('https://hub.leadercloud.com.au/customers/new');
    const detection = detectStep(document, url, STEPS, reader.read(url));
    for (const control of detection.page.main.controls) detection.page.namesOf(control);
    const named = namedWindowOf(detection, false, (element) => reader.namesReadFrom(element));
    expect(classifyChanges(await recordsOf(() => byId('around').setAttribute('title', 'x')), named)).toBe(
      'look',
    );
    expect(classifyChanges(await recordsOf(() => byId('far').setAttribute('title', 'x')), named)).toBe(
      'none',
    );
  });

  it('treats every control as named on a step that reads them all (the basket’s lines)', () => {
    document.body.innerHTML = `<main><h1>Your basket</h1><table><tr><th>Product</th><th>Qty</th></tr>
      <tr><td>Office 365 E3</td><td><input type="number" value="2"></td></tr></table>
      <p>Basket total $20.00</p><button>Proceed to Check Out</button></main>`;
    const detection = detectStep(document, new URL('https://hub.leadercloud.com.au/basket'), STEPS);
    expect(detection.step).toBe('basket');
    expect(namedWindowOf(detection)).toBeNull();
  });
});
