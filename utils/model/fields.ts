/** The page contract's field keys (SCREENS.md): `data-lca-field="<key>"` on the control itself. */
export const FIELD_KEYS = [
  'companyName',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactPhone',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postcode',
  'country',
  'abn',
  'domainPrefix',
  'mpnId',
  'existingTenant',
  'defaultDomain',
  'licenseSearch',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The warning codes of the page contract: `data-lca-warning="<code>"` in the overlay. */
export const WARNING_CODES = [
  'mpn-mismatch',
  'basket-missing',
  'basket-extra',
  'basket-quantity',
  'client-contact-email',
  'microsoft-email',
  'name-rule',
  'tenant-mismatch',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  message: string;
}

/** How each field is named to the technician. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  companyName: 'Company name',
  contactFirstName: 'Contact first name',
  contactLastName: 'Contact last name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'Suburb or city',
  state: 'State',
  postcode: 'Postcode',
  country: 'Country',
  abn: 'ABN',
  domainPrefix: 'Domain prefix',
  mpnId: 'Reseller (MPN ID)',
  existingTenant: '"Already using Office 365"',
  defaultDomain: 'Default domain',
  licenseSearch: 'Licence search',
};
