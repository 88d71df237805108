import type { Phrase } from '../words/match';
import type { Client } from './client';
import type { Reseller } from './reseller';

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
  // The AUTHORIZATION link leads somewhere other than Microsoft's admin center (issue 19).
  'authorisation-link-host',
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

/** Where the assistant's value for a field comes from. */
export interface FillSources {
  client: Client | null;
  reseller: Reseller | null;
  /** The client's wanted licences already in the portal's basket (added, or shown in a basket box). */
  basket?: readonly string[];
}

/** A field a step declares: how a person finds it on the page, and what the assistant fills in. */
export interface FieldSpec {
  key: FieldKey;
  /** `text-or-select`: portals show a state or a country either way. */
  control: 'text' | 'select' | 'checkbox' | 'text-or-select';
  /**
   * Words a person may read in its name (utils/words: any case, spelling, marker or rename), most
   * specific first; the module's comment or the vocabulary says where they come from.
   */
  words: readonly Phrase[];
  /**
   * The fewest characters the value takes: a box that holds fewer (`maxlength="3"`) is one part
   * of a field split over several boxes (a phone number's area code), not this field.
   */
  minLength?: number;
  /** The HTML autocomplete tokens that say a control is this field (strong evidence). */
  autocomplete?: readonly string[];
  /** Text right after the control that marks it (the `.onmicrosoft.com` beside the prefix box). */
  suffix?: RegExp;
  /**
   * The value is one word of several boxes (a phone number over area code and number, an ABN over
   * four boxes): boxes too short for the whole value are its parts, filled a part each.
   */
  splits?: true;
  /** Shown as missing while empty. */
  required: boolean;
  /** The value is a suggestion that moves on each fill (the next licence to search): never "differs". */
  suggestion?: true;
  /** One box at most: the one whose name says it best (the licence search, not the site's search). */
  single?: true;
  /** The value "Fill this step" puts in; undefined: the assistant never fills it (only reads it). */
  value?: (sources: FillSources, current: string) => string | boolean | undefined;
}
