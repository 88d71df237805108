import type { Concept } from './concept';

/**
 * The words of address and contact forms in Australian, US and UK use. Sources: Australia Post's
 * addressing guidelines (suburb, state or territory, postcode), USPS Publication 28 (city, state,
 * ZIP Code, apartment, suite), Royal Mail's address guidance (post town, county, postcode), the
 * WHATWG autofill field names, and the words Firefox's form autofill (HeuristicsRegExp) and
 * shops' checkouts use.
 */
export const ADDRESS_WORDS = {
  company: {
    phrases: [
      'company name',
      'organisation name',
      'business name',
      'customer name',
      'client name',
      'company legal name',
      'legal business name',
      'legal name',
      'trading name',
      'registered business name',
      'registered name',
      'entity name',
      'company',
      'organisation',
      'business',
      'firm',
    ],
    source:
      'The guide ("the client\'s name"); WHATWG "organization"; Australian business forms (trading name, legal name).',
  },
  firstName: {
    phrases: ['first name', 'given name', 'first', 'given', 'christian name'],
    source: 'WHATWG "given-name"; Australian and UK forms ("Given name(s)", "Forename").',
  },
  lastName: {
    phrases: ['last name', 'family name', 'surname', 'last'],
    source: 'WHATWG "family-name"; Australian forms ("Surname").',
  },
  email: {
    phrases: ['email address', 'email', 'confirm email', 'mail address'],
    source: 'WHATWG "email"; the confirm-email box of sign-up forms (every control of a key is marked).',
  },
  phone: {
    phrases: [
      'phone number',
      'mobile number',
      'contact number',
      'phone',
      'mobile',
      'cell',
      'landline',
      'daytime number',
    ],
    source: 'WHATWG "tel"; Australian forms ("Mobile", "Contact number"), US ("Cell").',
  },
  addressLine1: {
    phrases: [
      'address line 1',
      'street address line 1',
      'address 1',
      'street address',
      'street and number',
      'street name and number',
      'house number and street',
      'address street 1',
      'street 1',
      'address line',
      'street',
      'address',
    ],
    source: 'WHATWG "address-line1", "street-address"; Australia Post and USPS line names.',
  },
  addressLine2: {
    phrases: [
      'address line 2',
      'street address line 2',
      'address 2',
      'address street 2',
      'street 2',
      'apartment',
      'apt',
      'suite',
      'unit',
      'flat',
      'building',
      'floor',
    ],
    source: 'WHATWG "address-line2"; USPS ("apartment, suite, unit"), Australia Post ("Unit", "Level").',
  },
  city: {
    phrases: ['suburb', 'city', 'town', 'locality', 'post town'],
    source: 'WHATWG "address-level2"; Australia Post (suburb, locality), Royal Mail (post town).',
  },
  state: {
    phrases: ['state', 'territory', 'province', 'region', 'county'],
    source: 'WHATWG "address-level1"; Australia Post (state or territory), Royal Mail (county).',
  },
  postcode: {
    phrases: ['postcode', 'postal code', 'zip', 'postal'],
    source: 'WHATWG "postal-code"; Australia Post and Royal Mail (postcode), USPS (ZIP Code).',
  },
  country: {
    phrases: ['country region', 'country'],
    source: 'WHATWG "country", "country-name"; shops\' "Country/Region".',
  },
  abn: {
    phrases: ['australian business number', 'abn number', 'abn acn', 'acn abn', 'abn'],
    source: 'The ABR (Australian Business Register).',
  },
} satisfies Record<string, Concept>;

/**
 * Boxes that look like one of our fields and are none: a third address line, a middle name, a
 * full name in one box, a card's name. A name these fit better than any field is no field.
 */
export const NOT_OUR_FIELDS = {
  phrases: [
    'address line 3',
    'address 3',
    'address street 3',
    'street 3',
    'address line 4',
    'middle name',
    'middle initial',
    'full name',
    'name on card',
    'cardholder name',
    'card number',
  ],
  source: 'WHATWG "address-line3", "additional-name", "name", "cc-name", "cc-number".',
} satisfies Concept;
