import type { FieldSpec } from '../model/fields';

// Label synonyms a customer form may use, after normaliseLabel. Sources: the guide's fields, the
// issue's list ("Company Name" / "Organisation Name" / "Customer Name"; "First Name" / "Given
// Name"; "Last Name" / "Surname"; "Suburb" / "City"), Australian address forms (Australia Post:
// suburb, state, postcode) and the words shop and sign-up forms commonly use (Firefox's form
// autofill fixtures, tests/fixtures/realforms: "Zip / Postal Code", "State/Province/Region",
// "Apt, suite, etc", "Home Phone"). The same words match a name or id attribute's words
// ("billing-postcode" → "postcode"). `autocomplete` lists the HTML tokens that name each field.
// The reseller's contact details go in, never the client's: the guide's "use your reseller
// information to ensure clients cannot be contacted by Microsoft".

export const companyName: FieldSpec = {
  key: 'companyName',
  minLength: 2,
  control: 'text',
  names: [
    /^(company|organi[sz]ation|customer|business|client)( legal)? name$/,
    /^(legal|trading|registered) (business )?name$/,
    /^(company|organi[sz]ation|business)$/,
  ],
  autocomplete: ['organization'],
  required: true,
  value: ({ client }) => client?.companyName,
};

export const contactFirstName: FieldSpec = {
  key: 'contactFirstName',
  minLength: 2,
  control: 'text',
  names: [/^(contact |your )?(first|given) name$/, /^(first|forename|given names?|fname)$/],
  autocomplete: ['given-name'],
  required: true,
  value: ({ reseller }) => reseller?.contactFirstName,
};

export const contactLastName: FieldSpec = {
  key: 'contactLastName',
  minLength: 2,
  control: 'text',
  names: [/^(contact |your )?(last|family) name$/, /^(surname|last|lname)$/],
  autocomplete: ['family-name'],
  required: true,
  value: ({ reseller }) => reseller?.contactLastName,
};

export const contactEmail: FieldSpec = {
  key: 'contactEmail',
  minLength: 6,
  control: 'text',
  names: [/^(contact |your )?e-?mail( address)?$/, /^e-?mail\b/],
  autocomplete: ['email'],
  required: true,
  value: ({ reseller }) => reseller?.contactEmail,
};

export const contactPhone: FieldSpec = {
  key: 'contactPhone',
  minLength: 8,
  control: 'text',
  names: [
    /^(contact |home |mobile |daytime |day |evening |primary |work |business |cell )?(phone|telephone|mobile|cell)( number| no\.?| #)?$/,
    /^(ph|tel|phone)\b/,
    /^(mobile|phone|telephone)( number)? ?(or|\/) ?(mobile|phone|telephone)( number)?$/,
  ],
  autocomplete: ['tel', 'tel-national'],
  required: true,
  value: ({ reseller }) => reseller?.contactPhone,
};

export const addressLine1: FieldSpec = {
  key: 'addressLine1',
  minLength: 5,
  control: 'text',
  names: [
    /^(street )?address( line)? ?1$/,
    /^(street address|street|address)$/,
    /^(shipping|billing|delivery|postal|mailing|home|business) address( line)?( ?1)?$/,
  ],
  autocomplete: ['address-line1', 'street-address'],
  required: true,
  value: ({ reseller }) => reseller?.addressLine1,
};

export const addressLine2: FieldSpec = {
  key: 'addressLine2',
  control: 'text',
  names: [
    /^(street )?address( line)? ?2$/,
    /^(unit|suite|building|bldg|apartment|apt|flat|floor)\b/,
    /^(shipping|billing|delivery|postal|mailing) address( line)? ?2$/,
  ],
  autocomplete: ['address-line2'],
  required: false,
  value: ({ reseller }) => reseller?.addressLine2,
};

export const city: FieldSpec = {
  key: 'city',
  minLength: 3,
  control: 'text',
  names: [/^(suburb|city|town|locality)$/, /^(suburb|city|town) ?(\/|or|&) ?(suburb|city|town)$/],
  autocomplete: ['address-level2'],
  required: true,
  value: ({ reseller }) => reseller?.city,
};

export const state: FieldSpec = {
  key: 'state',
  minLength: 2,
  control: 'text-or-select',
  names: [
    /^(state|territory)$/,
    /^state ?(\/|or|&) ?(territory|province)$/,
    /^(province|region)$/,
    /^(state|province|territory|region)( ?\/ ?(state|province|territory|region)){1,2}$/,
  ],
  autocomplete: ['address-level1'],
  required: true,
  value: ({ reseller }) => reseller?.state,
};

export const postcode: FieldSpec = {
  key: 'postcode',
  minLength: 4,
  control: 'text',
  names: [
    /^(post ?code|postal code)$/,
    /^zip( ?code)?$/,
    /^(zip( ?code)?|post ?code|postal code) ?(\/|or) ?(zip( ?code)?|post ?code|postal code)$/,
  ],
  autocomplete: ['postal-code'],
  required: true,
  value: ({ reseller }) => reseller?.postcode,
};

export const country: FieldSpec = {
  key: 'country',
  minLength: 2,
  control: 'text-or-select',
  names: [/^country( ?(\/|or) ?region)?$/],
  autocomplete: ['country', 'country-name'],
  required: true,
  value: ({ reseller }) => reseller?.country,
};

export const abn: FieldSpec = {
  key: 'abn',
  minLength: 11,
  control: 'text',
  names: [/^abn$/, /^australian business number\b/, /^(abn|acn) ?(\/|or) ?(abn|acn)$/, /\babn\b/],
  required: false,
  value: ({ client }) => client?.abn || undefined,
};

// The prefix box stands beside a fixed ".onmicrosoft.com" (the guide's screenshot).
export const domainPrefix: FieldSpec = {
  key: 'domainPrefix',
  control: 'text',
  names: [
    /^(domain|tenant|microsoft|onmicrosoft) prefix$/,
    /^(new )?(tenant|tenancy|onmicrosoft)( domain)?( name| prefix)?$/,
    /^domain$/,
  ],
  suffix: /^\.?on ?microsoft\.com$/,
  required: true,
  value: ({ client }) => client?.tenantPrefix || undefined,
};

// "Reseller (MPN ID) 619911" on Service Details: read and checked against the profile, never filled.
export const mpnId: FieldSpec = {
  key: 'mpnId',
  control: 'text',
  names: [/^reseller \(?mpn ?id\)?$/, /\bmpn\b/, /^partner id$/],
  required: false,
};

// The guide's checkbox: "My customer is already using Office 365 service and he/she owns this domain".
export const existingTenant: FieldSpec = {
  key: 'existingTenant',
  control: 'checkbox',
  names: [
    /already using (office|microsoft) 365/,
    /\bowns this domain\b/,
    /\bexisting (microsoft 365 )?(tenant|tenancy)\b/,
  ],
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
