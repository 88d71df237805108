import type { FieldSpec } from '../model/fields';

// Label synonyms a customer form may use, after normaliseLabel. Sources: the guide's fields, the
// issue's list ("Company Name" / "Organisation Name" / "Customer Name"; "First Name" / "Given
// Name"; "Last Name" / "Surname"; "Suburb" / "City"), and Australian address forms (Australia
// Post: suburb, state, postcode). The reseller's contact details go in, never the client's: the
// guide's "use your reseller information to ensure clients cannot be contacted by Microsoft".

export const companyName: FieldSpec = {
  key: 'companyName',
  control: 'text',
  names: [
    /^(company|organi[sz]ation|customer|business|client)( legal)? name$/,
    /^(legal|trading|registered) (business )?name$/,
    /^(company|organi[sz]ation|business)$/,
  ],
  required: true,
  value: ({ client }) => client?.companyName,
};

export const contactFirstName: FieldSpec = {
  key: 'contactFirstName',
  control: 'text',
  names: [/^(contact )?(first|given) name$/, /^(first|forename|given names?)$/],
  required: true,
  value: ({ reseller }) => reseller?.contactFirstName,
};

export const contactLastName: FieldSpec = {
  key: 'contactLastName',
  control: 'text',
  names: [/^(contact )?(last|family) name$/, /^(surname|last)$/],
  required: true,
  value: ({ reseller }) => reseller?.contactLastName,
};

export const contactEmail: FieldSpec = {
  key: 'contactEmail',
  control: 'text',
  names: [/^(contact )?e-?mail( address)?$/, /^e-?mail\b/],
  required: true,
  value: ({ reseller }) => reseller?.contactEmail,
};

export const contactPhone: FieldSpec = {
  key: 'contactPhone',
  control: 'text',
  names: [/^(contact )?(phone|telephone|mobile)( number| no\.?)?$/, /^(ph|tel|phone)\b/],
  required: true,
  value: ({ reseller }) => reseller?.contactPhone,
};

export const addressLine1: FieldSpec = {
  key: 'addressLine1',
  control: 'text',
  names: [/^(street )?address( line)? ?1$/, /^(street address|street|address)$/],
  required: true,
  value: ({ reseller }) => reseller?.addressLine1,
};

export const addressLine2: FieldSpec = {
  key: 'addressLine2',
  control: 'text',
  names: [/^(street )?address( line)? ?2$/, /^(unit|suite|building|apartment)\b/],
  required: false,
  value: ({ reseller }) => reseller?.addressLine2,
};

export const city: FieldSpec = {
  key: 'city',
  control: 'text',
  names: [/^(suburb|city|town|locality)$/, /^(suburb|city|town) ?(\/|or|&) ?(suburb|city|town)$/],
  required: true,
  value: ({ reseller }) => reseller?.city,
};

export const state: FieldSpec = {
  key: 'state',
  control: 'text-or-select',
  names: [/^(state|territory)$/, /^state ?(\/|or|&) ?(territory|province)$/, /^(province|region)$/],
  required: true,
  value: ({ reseller }) => reseller?.state,
};

export const postcode: FieldSpec = {
  key: 'postcode',
  control: 'text',
  names: [/^(post ?code|postal code)$/, /^zip( ?code)?$/],
  required: true,
  value: ({ reseller }) => reseller?.postcode,
};

export const country: FieldSpec = {
  key: 'country',
  control: 'text-or-select',
  names: [/^country( ?(\/|or) ?region)?$/],
  required: true,
  value: ({ reseller }) => reseller?.country,
};

export const abn: FieldSpec = {
  key: 'abn',
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
