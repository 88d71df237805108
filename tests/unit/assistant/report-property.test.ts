import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../utils/assistant/assess';
import { knownValues, reportScreen } from '../../../utils/assistant/report';
import { detectStep, STEPS } from '../../../utils/steps';
import { isReportWord } from '../../../utils/words/report-words';
import { portalFixtures } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

// The report's promise as a property: whatever a page holds of someone's, and wherever it holds it
// (a text split by inline elements, an attribute, a drop-down, an editable box, a template, a
// shadow root, a style sheet, the address), none of it is in the saved file, and the file is still
// a page of the same step. Values are drawn at random, so no pattern of the sanitiser's is assumed.

const { client, clients, reseller } = sampleData();
const pages = portalFixtures().filter((f) => f.step !== 'unknown');

// A word the report must not keep: anything the vocabulary does not know.
const strangeWord = fc
  .stringMatching(/^[A-Za-z][a-z]{3,9}$/)
  .filter((w) => !isReportWord(w) && !isReportWord(w.toLowerCase()));
const capitalised = strangeWord.map((w) => w[0]?.toUpperCase() + w.slice(1));
const digits = (n: number) => fc.stringMatching(new RegExp(`^[1-9][0-9]{${n - 1}}$`));
const tld = fc.constantFrom('com', 'com.au', 'cloud', 'xyz', 'io', 'net.au', 'co.nz', 'consulting');

/** A planted value: its text, and the pieces of it that must not appear in the file. */
interface Secret {
  text: string;
  words: string[];
  numbers: string[];
}

const secret: fc.Arbitrary<Secret> = fc.oneof(
  // A person's name: one word, two, or in capitals.
  fc
    .tuple(capitalised, fc.option(capitalised, { nil: undefined }), fc.boolean())
    .map(([first, last, shout]) => {
      const text = [first, last].filter(Boolean).join(' ');
      return {
        text: shout ? text.toUpperCase() : text,
        words: [first, last ?? ''].filter(Boolean),
        numbers: [],
      };
    }),
  // An email address or a domain, on a newer top-level domain too.
  fc.tuple(strangeWord, strangeWord, tld, fc.boolean()).map(([user, site, end, email]) => ({
    text: email ? `${user}@${site}.${end}` : `${site}.${end}`,
    words: email ? [user, site] : [site],
    numbers: [],
  })),
  // A phone number with any separator: spaces, non-breaking spaces, dots, dashes.
  fc
    .tuple(digits(4), digits(3), digits(3), fc.constantFrom(' ', '\u00a0', '.', '-', ''))
    .map(([a, b, c, sep]) => ({
      text: `0${a.slice(1)}${sep}${b}${sep}${c}`,
      words: [],
      numbers: [`0${a.slice(1)}${b}${c}`],
    })),
  // An ABN in its groups.
  fc
    .tuple(digits(2), digits(3), digits(3), digits(3))
    .map((groups) => ({ text: groups.join(' '), words: [], numbers: [groups.join('')] })),
  // A GUID (a tenant's or a customer's id).
  fc.uuid().map((id) => ({
    text: id,
    words: id.split('-').filter((part) => /[a-f]/.test(part) && part.length >= 4),
    numbers: id.split('-').filter((part) => /^\d{4,}$/.test(part)),
  })),
  // A short customer number.
  fc
    .tuple(digits(4), fc.constantFrom('#', 'C-', 'Customer ', 'SO-'))
    .map(([n, before]) => ({ text: `${before}${n}`, words: [], numbers: [n] })),
);

type Place =
  | 'split-bold'
  | 'split-wbr'
  | 'split-span'
  | 'attribute'
  | 'option'
  | 'contenteditable'
  | 'template'
  | 'shadow'
  | 'css'
  | 'address'
  | 'comment'
  | 'textarea'
  | 'value';
const place = fc.constantFrom<Place>(
  'split-bold',
  'split-wbr',
  'split-span',
  'attribute',
  'option',
  'contenteditable',
  'template',
  'shadow',
  'css',
  'address',
  'comment',
  'textarea',
  'value',
);
const attributeName = fc.constantFrom(
  'title',
  'aria-label',
  'aria-valuetext',
  'alt',
  'placeholder',
  'ng-reflect-model',
  'data-customer',
  'label',
  'id',
  'name',
  'aria-current',
  'slot',
  'lang',
);

const plant = fc.record({ secret, place, attribute: attributeName, cut: fc.nat() });
type Plant = typeof plant extends fc.Arbitrary<infer T> ? T : never;

/** Puts the value into the page where the plant says; the address part goes into the URL. */
function put(doc: Document, { secret: { text }, place, attribute, cut }: Plant, url: URL): void {
  const at = text.length > 1 ? 1 + (cut % (text.length - 1)) : 0;
  const [head, tail] = [text.slice(0, at), text.slice(at)];
  const holder = doc.createElement('div');
  const body = doc.body;
  switch (place) {
    case 'split-bold':
      holder.innerHTML = '<p>Signed in as <span class="a"></span><b></b></p>';
      holder.querySelector('span')?.append(head);
      holder.querySelector('b')?.append(tail);
      break;
    case 'split-wbr':
      holder.innerHTML = '<p class="who"></p>';
      holder.querySelector('p')?.append(head, doc.createElement('wbr'), tail);
      break;
    case 'split-span':
      holder.innerHTML = '<div><span></span><span></span></div>';
      holder.querySelectorAll('span')[0]?.append(head);
      holder.querySelectorAll('span')[1]?.append(tail);
      break;
    case 'attribute': {
      const element = doc.createElement(
        attribute === 'alt' ? 'img' : attribute === 'label' ? 'select' : 'span',
      );
      if (attribute === 'label') {
        const option = doc.createElement('option');
        option.setAttribute('label', text);
        element.append(option);
      } else element.setAttribute(attribute, text);
      if (element.tagName === 'SPAN') element.textContent = 'Account';
      holder.append(element);
      break;
    }
    case 'option': {
      const select = doc.createElement('select');
      select.setAttribute('aria-label', 'Customer');
      for (const [i, choice] of ['New Customer', text, 'NSW'].entries()) {
        const option = doc.createElement('option');
        option.value = i === 1 ? text : choice;
        option.textContent = choice;
        if (i === 1) option.selected = true;
        select.append(option);
      }
      holder.append(select);
      break;
    }
    case 'contenteditable':
      holder.setAttribute('contenteditable', 'true');
      holder.textContent = text;
      break;
    case 'template':
      holder.innerHTML = '<template><p></p></template><template shadowrootmode="open"><p></p></template>';
      for (const template of holder.querySelectorAll('template'))
        (template as HTMLTemplateElement).content.querySelector('p')?.append(text);
      break;
    case 'shadow': {
      const host = doc.createElement('account-badge');
      host
        .attachShadow({ mode: 'open' })
        .append(Object.assign(doc.createElement('p'), { textContent: text }));
      holder.append(host);
      break;
    }
    case 'css': {
      const style = doc.createElement('style');
      const word = encodeURIComponent(text);
      style.textContent = `.a{background:url(https://x.example/${word})} .b{background:\\75 rl(https://x.example/${word})} .c{background-image:image-set("https://x.example/${word}.png" 1x)} /* ${text} */ @import "https://x.example/${word}.css"`;
      holder.append(style);
      holder.setAttribute('style', `background:url('https://x.example/${word}')`);
      break;
    }
    case 'address':
      url.pathname = `${url.pathname.replace(/\/$/, '')}/${encodeURIComponent(text)}`;
      break;
    case 'comment':
      holder.append(doc.createComment(text));
      break;
    case 'textarea':
      holder.append(Object.assign(doc.createElement('textarea'), { value: text, textContent: text }));
      break;
    case 'value': {
      const input = doc.createElement('input');
      input.setAttribute('value', text);
      input.value = text;
      input.setAttribute('aria-label', 'Reference');
      holder.append(input);
      break;
    }
  }
  body.append(holder);
}

/**
 * The pieces of a value that would give it away, looked for as whole words and digit runs (a run
 * of zeros is what the report writes for a number; a run the page's own report already shows, a
 * price say, gives nothing away).
 */
function survivors(html: string, planted: readonly Secret[], page: string): string[] {
  const lower = html.toLowerCase();
  const numbersIn = (text: string) =>
    (text.match(/\d(?:[\d\s\u00a0.\-/:()+]*\d)?/g) ?? []).map((run) => run.replace(/\D/g, ''));
  const fileNumbers = numbersIn(html);
  const pageNumbers = numbersIn(page);
  const found: string[] = [];
  for (const { words, numbers } of planted) {
    for (const word of words) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u');
      if (pattern.test(lower)) found.push(word);
    }
    for (const number of numbers)
      if (
        /[1-9]/.test(number) &&
        fileNumbers.some((run) => run.includes(number)) &&
        !pageNumbers.some((run) => run.includes(number))
      )
        found.push(number);
  }
  return found;
}

const unplanted = new Map<number, string>();
/** The report of the page as it is saved, without plants. */
function pageReport(index: number): string {
  const known = unplanted.get(index);
  if (known !== undefined) return known;
  const fixture = pages[index];
  if (!fixture) return '';
  const doc = loadPortalPage(fixture);
  const url = new URL(fixture.url);
  const { html } = reportScreen(
    doc,
    assess({ doc, url, client, reseller, clients }),
    knownValues(clients, reseller, doc),
  );
  unplanted.set(index, html);
  return html;
}

describe('“Report this screen” as a property: planted values never survive', () => {
  it('holds none of the planted values, loads nothing, and reloads as the same step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: pages.length - 1 }),
        fc.array(plant, { minLength: 1, maxLength: 6 }),
        (index, plants) => {
          const fixture = pages[index];
          if (!fixture) return;
          const page = pageReport(index);
          const doc = loadPortalPage(fixture);
          const url = new URL(fixture.url);
          for (const p of plants) put(doc, p, url);
          const before = detectStep(doc, url, STEPS).step;
          const assessment = assess({ doc, url, client, reseller, clients });
          const { html } = reportScreen(doc, assessment, knownValues(clients, reseller, doc));

          expect(
            survivors(
              html,
              plants.map((p) => p.secret),
              page,
            ),
            `${fixture.style}/${fixture.name}`,
          ).toEqual([]);
          // Nothing in the file can fetch or run anything.
          expect(html).not.toMatch(
            /<script|<style|<link|<iframe|\son\w+=|url\(|@import|image-set|\ssrc=|javascript:/i,
          );
          for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toBe('#');
          // Only the report's own templates (web components' shadow roots), never the page's.
          expect(html).not.toMatch(/<template(?![^>]*shadowrootmode="open")/);

          const reloadedUrl = html.match(/<meta name="fixture-url" content="([^"]+)"/)?.[1] ?? '';
          const reloaded = loadPortalPage({ html });
          expect(
            detectStep(reloaded, new URL(reloadedUrl), STEPS).step,
            `${fixture.style}/${fixture.name}`,
          ).toBe(before);
        },
      ),
      { seed: 20261208, numRuns: 60 },
    );
  }, 300_000);
});
