// The words the portal may use tomorrow for what it says today: meaning-preserving synonyms for
// its labels, headings, buttons and sentences, each with where such wording is seen. Rewording
// keeps what a person reads the screen to mean (the portal may change its wording any day); it
// never touches a product's name ("Office 365 E3" stays), a value, or an option of a list.

import type { Rng } from './rng';

export interface Synonym {
  /** What the page says (one text node's worth; case-insensitive). */
  find: RegExp;
  to: readonly string[];
  /** In a heading, when it reads differently there. */
  heading?: readonly string[];
  /** Where this wording is used. */
  source: string;
}

// A label's words alone in their text node (around them only markers, colons and spaces).
const label = (words: string) => new RegExp(`^(?<lead>[\\s*•†:]*)${words}(?=[\\s*•†:]*$)`, 'i');

const RENAME = 'Microsoft renamed Office 365 to Microsoft 365 (2020) and MPN IDs to Partner IDs (2023)';
const AU_US = 'Australian and US English spellings (Macquarie vs Merriam-Webster)';
const PARTNER = 'Microsoft Partner Center and the Microsoft 365 admin center wording';
const FORMS = 'common checkout and sign-up forms (Australia Post, Shopify, Firefox autofill fixtures)';

export const VOCABULARY: readonly Synonym[] = [
  {
    find: /\bis already using Office 365 service and he\/she owns this domain/i,
    to: [
      'already has a Microsoft 365 tenant and owns this domain',
      'is already using Microsoft 365 and owns this domain',
    ],
    source: `${RENAME}; the issue's "already has a Microsoft 365 tenant"`,
  },
  {
    find: /\balready using Office 365 service/i,
    to: ['already has a Microsoft 365 tenant', 'already using Microsoft 365 service'],
    source: `${RENAME}; the issue's wording`,
  },
  {
    find: /\bOffice 365\b(?!\s*(?:E\d|F\d|A\d|Business|Enterprise|Apps|ProPlus|Exchange|Extra|\(|-|–))/i,
    to: ['Microsoft 365'],
    source: RENAME,
  },
  {
    find: /\bReseller \(MPN ID\)/i,
    to: ['Partner ID', 'PartnerID', 'Microsoft Partner ID'],
    source: `${RENAME}; ${PARTNER}`,
  },
  {
    find: /\bDomain Prefix\b/i,
    to: ['Initial domain', 'onmicrosoft.com domain', 'Tenant name'],
    source: `${PARTNER} ("initial domain", "tenant name")`,
  },
  {
    find: /\bCompany Name\b/i,
    to: ['Organisation name', 'Business name', 'Organization', 'Organization name'],
    source: `${PARTNER} ("Organization name"); ABR ("Business name")`,
  },
  { find: /\bSuburb ?\/ ?City\b/i, to: ['City', 'Town', 'City / Suburb'], source: FORMS },
  { find: label('Suburb'), to: ['City', 'Town', 'Suburb/Town'], source: `${FORMS} (Australia Post: suburb)` },
  { find: /\bPost ?code\b/i, to: ['Postal code', 'ZIP code', 'Post code'], source: `${FORMS}; ${AU_US}` },
  { find: label('State'), to: ['State / Territory', 'State or territory'], source: FORMS },
  { find: label('Country'), to: ['Country/Region', 'Country / region'], source: `${FORMS}; ${PARTNER}` },
  { find: label('First Name'), to: ['Given name', 'First name'], source: FORMS },
  { find: label('Given Name'), to: ['First name', 'Given names'], source: FORMS },
  { find: label('(?:Last Name|Surname)'), to: ['Family name', 'Last name', 'Surname'], source: FORMS },
  { find: label('Email(?: Address)?'), to: ['E-mail address', 'Email', 'Contact email'], source: FORMS },
  { find: label('Phone(?: Number)?'), to: ['Phone number', 'Telephone', 'Contact phone'], source: FORMS },
  {
    find: label('(?:Street Address|Address Line 1)'),
    to: ['Street address', 'Address line 1', 'Address'],
    source: FORMS,
  },
  { find: label('Address Line 2'), to: ['Address line 2', 'Apartment, suite, etc.'], source: FORMS },
  { find: label('ABN'), to: ['Australian Business Number', 'ABN / ACN'], source: 'the ATO and ABR forms' },
  { find: label('Default Domain'), to: ['Default domain name', 'Primary domain'], source: PARTNER },
  { find: /\bGlobal Administrator\b/i, to: ['Global admin', 'Global Admin'], source: PARTNER },
  { find: /\bGlobal admin\b(?!istrator)/i, to: ['Global Administrator'], source: PARTNER },
  {
    find: /\bNew Customer\b/i,
    to: ['Add a customer', 'Create customer', 'Add new customer'],
    heading: ['Create customer', 'Customer details', 'Add a customer'],
    source: 'the issue\'s list; Partner Center ("Add customer")',
  },
  {
    find: /\bService Details\b/i,
    to: ['Tenant details', 'Microsoft account details'],
    source: "the issue's list",
  },
  { find: /^Save$/i, to: ['Save customer', 'Save details'], source: "the issue's list" },
  { find: /\bDefine Default Domain\b/i, to: ['Set the default domain', 'Default domain'], source: PARTNER },
  {
    find: /\bplease leave the field below empty\b/i,
    to: ['please leave this field blank', 'leave the field below blank'],
    source: 'plain-English rewording of the guide',
  },
  {
    find: /\bYour order submission has been completed\b/i,
    to: ['Your order has been submitted', 'Your order was submitted successfully'],
    source: 'common order confirmations',
  },
  {
    find: /\bSet up Account\b/i,
    to: ['Account setup', 'Set up your account'],
    source: 'plain-English rewording',
  },
  {
    find: /\bMicrosoft Cloud Services\b/i,
    to: ['Microsoft cloud services', 'Microsoft 365 services'],
    source: RENAME,
  },
  { find: /\bProceed to Check ?Out\b/i, to: ['Proceed to checkout', 'Continue to checkout'], source: FORMS },
  { find: /\bCheck Out\b/i, to: ['Checkout'], source: AU_US },
  { find: /\bBasket\b/i, to: ['Cart', 'Shopping cart'], source: `${AU_US} (basket vs cart)` },
  { find: /\bLog in\b/i, to: ['Sign in'], source: 'Microsoft and Google sign-in pages' },
  { find: /\bSign in\b/i, to: ['Log in'], source: 'Microsoft and Google sign-in pages' },
  {
    find: /\bno current (?:M365|Microsoft 365) tenancy\b/i,
    to: ['no Microsoft 365 tenant yet'],
    source: PARTNER,
  },
  { find: /\bBilling Cycle\b/i, to: ['Billing frequency', 'Billing period'], source: PARTNER },
  { find: /\bActivation Date\b/i, to: ['Start date', 'Activated on'], source: PARTNER },
];

/** Spelling pairs swapped wherever they occur (each way). */
const SPELLINGS: readonly [RegExp, (word: string) => string][] = [
  [
    /\bauthori[sz](e|ed|es|ing|ation|ations)\b/gi,
    (w) => w.replace(/(?<=authori)[sz]/i, (c) => swap(c, 's', 'z')),
  ],
  [/\borgani[sz](e|ed|ation|ations)\b/gi, (w) => w.replace(/(?<=organi)[sz]/i, (c) => swap(c, 's', 'z'))],
  [/\blicen[cs]e(s|d)?\b/gi, (w) => w.replace(/(?<=licen)[cs]/i, (c) => swap(c, 'c', 's'))],
];

function swap(c: string, a: string, b: string): string {
  const lower = c.toLowerCase() === a ? b : a;
  return c === c.toUpperCase() ? lower.toUpperCase() : lower;
}

/** The replacement spelled in the case of what it replaces (AUTHORIZATION stays upper case). */
function inCaseOf(found: string, replacement: string): string {
  const letters = found.replace(/[^a-z]/gi, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^[a-z]/.test(found.trim())) return replacement.charAt(0).toLowerCase() + replacement.slice(1);
  return replacement;
}

const used = new Map<string, number>();

/** What rewording used in this run, "from → to" with a count. */
export const vocabularyUsed = (): ReadonlyMap<string, number> => used;

/**
 * One text node's words reworded; the same text when nothing in it has a synonym. Each part is
 * reworded once (a replacement is held aside until the end, so "Log in" → "Sign in" is not turned
 * back by the next synonym).
 */
export function reword(text: string, rng: Rng, where: 'heading' | 'text'): string {
  const held: string[] = [];
  const hold = (words: string) => `\uE000${held.push(words) - 1}\uE000`;
  const note = (from: string, to: string) =>
    used.set(`${from} → ${to}`, (used.get(`${from} → ${to}`) ?? 0) + 1);
  let out = text;
  for (const synonym of VOCABULARY) {
    const match = synonym.find.exec(out);
    if (!match) continue;
    const lead = match.groups?.lead ?? '';
    const found = match[0].slice(lead.length);
    const choices = where === 'heading' && synonym.heading ? synonym.heading : synonym.to;
    const replacement = inCaseOf(found, rng.pick(choices));
    note(found, replacement);
    out =
      out.slice(0, match.index + lead.length) + hold(replacement) + out.slice(match.index + match[0].length);
  }
  for (const [pattern, change] of SPELLINGS)
    out = out.replace(pattern, (word) => {
      note(word, change(word));
      return hold(change(word));
    });
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)] ?? '');
}
