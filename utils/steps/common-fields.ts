import type { FieldSpec } from '../model/fields';
import { ADDRESS_WORDS } from '../words/address-words';
import { phrases } from '../words/match';
import { PORTAL_WORDS } from '../words/portal-words';

// The fields of a customer form, in the words of the vocabulary (utils/words/vocabulary.ts: where
// each word comes from), matched by the words a name contains, in any spelling or case. A name
// whose last words name another field ("Company email") is that field; `autocomplete` lists the
// HTML tokens that name each field. The reseller's contact details go in, never the client's: the
// guide's "use your reseller information to ensure clients cannot be contacted by Microsoft".

export const companyName: FieldSpec = {
  key: 'companyName',
  minLength: 2,
  control: 'text',
  words: phrases(ADDRESS_WORDS.company),
  autocomplete: ['organization'],
  required: true,
  value: ({ client }) => client?.companyName,
};

export const contactFirstName: FieldSpec = {
  key: 'contactFirstName',
  minLength: 2,
  control: 'text',
  words: phrases(ADDRESS_WORDS.firstName),
  autocomplete: ['given-name'],
  required: true,
  value: ({ reseller }) => reseller?.contactFirstName,
};

export const contactLastName: FieldSpec = {
  key: 'contactLastName',
  minLength: 2,
  control: 'text',
  words: phrases(ADDRESS_WORDS.lastName),
  autocomplete: ['family-name'],
  required: true,
  value: ({ reseller }) => reseller?.contactLastName,
};

export const contactEmail: FieldSpec = {
  key: 'contactEmail',
  minLength: 6,
  control: 'text',
  words: phrases(ADDRESS_WORDS.email),
  autocomplete: ['email'],
  required: true,
  value: ({ reseller }) => reseller?.contactEmail,
};

export const contactPhone: FieldSpec = {
  key: 'contactPhone',
  minLength: 8,
  control: 'text',
  words: phrases(ADDRESS_WORDS.phone),
  autocomplete: ['tel', 'tel-national'],
  splits: true,
  required: true,
  value: ({ reseller }) => reseller?.contactPhone,
};

export const addressLine1: FieldSpec = {
  key: 'addressLine1',
  minLength: 5,
  control: 'text',
  words: phrases(ADDRESS_WORDS.addressLine1),
  autocomplete: ['address-line1', 'street-address'],
  required: true,
  value: ({ reseller }) => reseller?.addressLine1,
};

export const addressLine2: FieldSpec = {
  key: 'addressLine2',
  control: 'text',
  words: phrases(ADDRESS_WORDS.addressLine2),
  autocomplete: ['address-line2'],
  required: false,
  value: ({ reseller }) => reseller?.addressLine2,
};

export const city: FieldSpec = {
  key: 'city',
  minLength: 3,
  control: 'text',
  words: phrases(ADDRESS_WORDS.city),
  autocomplete: ['address-level2'],
  required: true,
  value: ({ reseller }) => reseller?.city,
};

export const state: FieldSpec = {
  key: 'state',
  minLength: 2,
  control: 'text-or-select',
  words: phrases(ADDRESS_WORDS.state),
  autocomplete: ['address-level1'],
  required: true,
  value: ({ reseller }) => reseller?.state,
};

export const postcode: FieldSpec = {
  key: 'postcode',
  minLength: 4,
  control: 'text',
  words: phrases(ADDRESS_WORDS.postcode),
  autocomplete: ['postal-code'],
  required: true,
  value: ({ reseller }) => reseller?.postcode,
};

export const country: FieldSpec = {
  key: 'country',
  minLength: 2,
  control: 'text-or-select',
  words: phrases(ADDRESS_WORDS.country),
  autocomplete: ['country', 'country-name'],
  required: true,
  value: ({ reseller }) => reseller?.country,
};

export const abn: FieldSpec = {
  key: 'abn',
  minLength: 11,
  control: 'text',
  words: phrases(ADDRESS_WORDS.abn),
  splits: true,
  required: false,
  value: ({ client }) => client?.abn || undefined,
};

// The prefix box stands beside a fixed ".onmicrosoft.com" (the guide's screenshot); a box named
// "Domain" alone is the prefix on the portal's screens that ask for it.
export const domainPrefix: FieldSpec = {
  key: 'domainPrefix',
  control: 'text',
  words: phrases(PORTAL_WORDS.tenantPrefix, ['=domain', '=tenant']),
  suffix: /^\.?on ?microsoft\.com$/,
  required: true,
  value: ({ client }) => client?.tenantPrefix || undefined,
};

// "Reseller (MPN ID) 619911" on Service Details ("Partner ID" in Microsoft's current words): read
// and checked against the profile, never filled.
export const mpnId: FieldSpec = {
  key: 'mpnId',
  control: 'text',
  words: phrases(PORTAL_WORDS.partnerId),
  required: false,
};

// The guide's checkbox: "My customer is already using Office 365 service and he/she owns this
// domain"; a switch, or a yes/no question answered by radios, on other screens.
export const existingTenant: FieldSpec = {
  key: 'existingTenant',
  control: 'checkbox',
  words: phrases(PORTAL_WORDS.existingTenant),
  required: false,
  value: ({ client }) => client?.existingTenant,
};

/** The reseller's own contact person and address, with the client's company name. */
export const customerDetailsFields: FieldSpec[] = [
  companyName,
  contactFirstName,
  contactLastName,
  contactEmail,
  contactPhone,
  addressLine1,
  addressLine2,
  city,
  state,
  postcode,
  country,
  abn,
];
