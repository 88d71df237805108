import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../utils/model/fields';
import { matchName } from '../../../utils/page/name-match';
import type { NameSource } from '../../../utils/page/names';
import {
  customerDetailsFields,
  domainPrefix,
  existingTenant,
  mpnId,
} from '../../../utils/steps/common-fields';
import { ADDRESS_WORDS } from '../../../utils/words/address-words';
import { contains, fitOf, phrase } from '../../../utils/words/match';
import { wordsOf } from '../../../utils/words/normalise';
import { PORTAL_WORDS } from '../../../utils/words/portal-words';
import { PHRASE_SPELLINGS, SPELLINGS } from '../../../utils/words/vocabulary';

describe('the normaliser: one reading of every text compared', () => {
  it('reads case, spacing, invisible characters and punctuation away', () => {
    expect(wordsOf('  COMPANY\u00a0Name\u200b ')).toBe('company name');
    expect(wordsOf('Company\u2009name\t\n')).toBe('company name');
    expect(wordsOf('Street-Address / Line_1')).toBe('street address line 1');
  });

  it('drops required and optional markers wherever they stand, and colons', () => {
    for (const label of [
      'Postcode *',
      '* Postcode',
      '• Postcode:',
      'Postcode †',
      'Postcode (required)',
      'Postcode (optional):',
    ])
      expect(wordsOf(label), label).toBe('postcode');
  });

  it('reads Australian and US spellings, and plurals, as one', () => {
    expect(wordsOf('Authorization')).toBe(wordsOf('authorisation'));
    expect(wordsOf('Organization name')).toBe(wordsOf('Organisation Name'));
    expect(wordsOf('Licenses')).toBe(wordsOf('licence'));
    expect(wordsOf('Given names')).toBe('given name');
    expect(wordsOf('Addresses')).toBe('address');
    expect(wordsOf('Tenancies')).toBe('tenant');
  });

  it('reads Microsoft’s renames as today’s names', () => {
    expect(wordsOf('Office 365')).toBe(wordsOf('Microsoft 365'));
    expect(wordsOf('O365')).toBe(wordsOf('Microsoft 365'));
    expect(wordsOf('Reseller (MPN ID)')).toBe(wordsOf('Reseller Partner ID'));
    expect(wordsOf('PartnerID')).toBe(wordsOf('Partner ID'));
    expect(wordsOf('Azure AD')).toBe(wordsOf('Microsoft Entra ID'));
    expect(wordsOf('Global Administrator')).toBe(wordsOf('Global admin'));
    expect(wordsOf('E-mail')).toBe('email');
  });

  it('drops filler words but keeps whose account it is', () => {
    expect(wordsOf('Please enter your email')).toBe('email');
    expect(wordsOf('My account')).toBe('my account');
  });

  it('has a single spelling for each variant, never a chain', () => {
    for (const [variant, canonical] of Object.entries(SPELLINGS))
      expect(SPELLINGS[canonical], variant).toBeUndefined();
    for (const [from] of PHRASE_SPELLINGS) expect(wordsOf(from).length, from).toBeGreaterThan(0);
  });
});

describe('phrases: words in order, a gap where the phrase says so', () => {
  const text = (s: string) => wordsOf(s).split(' ');
  it('finds the words in order, with up to three others between where `…` stands', () => {
    const p = phrase('already … microsoft 365');
    expect(contains(text('My customer is already using Office 365 service'), p)).toBe(true);
    expect(contains(text('The client already has a Microsoft 365 tenancy'), p)).toBe(true);
    expect(contains(text('Microsoft 365 is already here'), p)).toBe(false);
    expect(contains(text('already a b c d e Microsoft 365'), p)).toBe(false);
  });

  it('says how well a phrase names a label: all of it, its last words, elsewhere', () => {
    expect(fitOf(text('Email address'), phrase('email address'))).toBe('exact');
    expect(fitOf(text('Company email'), phrase('email'))).toBe('head');
    expect(fitOf(text('Company email'), phrase('company'))).toBe('inside');
    expect(fitOf(text('Domain name'), phrase('=domain'))).toBe(null);
    expect(fitOf(text('Domain'), phrase('=domain'))).toBe('exact');
  });

  it('every phrase of the vocabulary has words and a source', () => {
    for (const concept of [...Object.values(ADDRESS_WORDS), ...Object.values(PORTAL_WORDS)]) {
      expect(concept.source.length).toBeGreaterThan(10);
      for (const text of concept.phrases) expect(() => phrase(text), text).not.toThrow();
    }
  });
});

describe('which field a label names', () => {
  const specs: FieldSpec[] = [...customerDetailsFields, domainPrefix, mpnId, existingTenant];
  const named = (text: string, source: NameSource = 'label-for') => {
    const match = matchName(specs, { source, text });
    return match ? specs[match.spec]?.key : null;
  };

  it.each([
    ['Company Name *', 'companyName'],
    ['Organization', 'companyName'],
    ['Legal business name', 'companyName'],
    ['Company email', 'contactEmail'],
    ['Email address', 'contactEmail'],
    ['Confirm e-mail', 'contactEmail'],
    ['Mobile phone number', 'contactPhone'],
    ['Given names', 'contactFirstName'],
    ['SURNAME', 'contactLastName'],
    ['Street address line 2', 'addressLine2'],
    ['Apt, suite, unit', 'addressLine2'],
    ['Billing address', 'addressLine1'],
    ['Town / City', 'city'],
    ['Country/Region', 'country'],
    ['State / Province / Region', 'state'],
    ['ZIP / Postal code', 'postcode'],
    ['Initial domain', 'domainPrefix'],
    ['onmicrosoft.com domain', 'domainPrefix'],
    ['Partner ID', 'mpnId'],
    ['The client already has a Microsoft 365 tenancy', 'existingTenant'],
  ])('“%s” is %s', (label, key) => {
    expect(named(label)).toBe(key);
  });

  it.each([
    ['Company website'],
    ['Company registration number'],
    ['First and last name'],
    ['City, State'],
    ['Zip Extn'],
    ['Phone extension'],
    ['Last 4 digits of your SSN'],
    ['Company contact name'],
    ['Name'],
  ])('“%s” is no field', (label) => {
    expect(named(label)).toBe(null);
  });

  it('takes words inside a longer name from a label only, not from a developer’s attribute', () => {
    expect(named('email for invoices and receipts', 'label-for')).toBe(null);
    expect(named('billing email', 'name-id')).toBe('contactEmail');
    expect(named('email billing', 'name-id')).toBe(null);
  });
});

describe('the raw-text first test', () => {
  it('lets through every text whose words could hold a phrase, and not counters or prices', async () => {
    const { mayShowAny } = await import('../../../utils/words/prefilter');
    const { STEPS } = await import('../../../utils/steps');
    const { contains: has } = await import('../../../utils/words/match');
    const { words } = await import('../../../utils/words/normalise');
    const list = STEPS.flatMap((step) => step.evidence.flatMap((e) => ('words' in e ? e.words : [])));
    const may = mayShowAny(list);
    const samples = [
      ...list.map((p) => p.text.replace(/[=…]/g, ' ')),
      'Please open this AUTHORIZATION link',
      'My customer is already using Office 365 service',
      'Reseller (MPN ID)',
      'Your Baskets',
      'Verify Authorisations',
      'CHECK-OUT',
      'Tenancies',
    ];
    for (const text of samples) if (list.some((p) => has(words(text), p))) expect(may(text), text).toBe(true);
    for (const text of ['Offer 123', '$12.95', 'AUD 45', '2026-12-07T22:00:00Z', 'Basket (3)'.slice(7)])
      expect(may(text), text).toBe(false);
  });
});

describe('a word a page splits in two', () => {
  it('is read whole when its halves are no words of ours and the whole is', () => {
    expect(wordsOf('Pho ne')).toBe('phone');
    expect(wordsOf('Co untry')).toBe('country');
    expect(wordsOf('Sub urb')).toBe('suburb');
    expect(wordsOf('New Customer')).toBe('new customer');
    expect(wordsOf('First name')).toBe('first name');
  });
});
