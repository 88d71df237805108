// The words the assistant reads on a page, as data: what is written one way here and another way
// there and means the same. Every comparison of a label, heading, key phrase or button goes
// through `words()` (normalise.ts), which applies the spellings and renames below; the field and
// step modules then name what they look for in these canonical words (with the phrase lists of
// portal-words.ts and address-words.ts). Each entry says where it comes from. A new wording of the
// portal is one line here (or in a step module), nothing else.

/**
 * One word spelt two ways: the variant is read as the canonical spelling. Australian spelling is
 * canonical because the portal's users write it (the guide: "authorisation", "licences"), and US
 * spelling is what Microsoft's and many frameworks' pages use ("authorization", "license").
 * Source: Macquarie/Oxford vs Merriam-Webster spellings; the guide writes both
 * ("AUTHORIZATION link", "Verify Authorisation").
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  authorization: 'authorisation',
  authorize: 'authorise',
  authorized: 'authorised',
  authorizing: 'authorising',
  organization: 'organisation',
  organizational: 'organisational',
  license: 'licence',
  licensing: 'licencing',
  licensed: 'licenced',
  center: 'centre',
  catalog: 'catalogue',
  tenancy: 'tenant',
  cellphone: 'mobile',
  telephone: 'phone',
  tel: 'phone',
  ph: 'phone',
  mob: 'mobile',
  zipcode: 'zip',
  fname: 'first',
  lname: 'last',
  forename: 'first',
  addr: 'address',
  adress: 'address',
  // "address line two" (an aria-label written out).
  two: '2',
  three: '3',
};

/** Words that end in "s" and are not plurals. */
export const NOT_PLURALS: ReadonlySet<string> = new Set([
  'news',
  'always',
  'perhaps',
  'does',
  'goes',
  'gas',
  'plus',
  'series',
  'species',
  'whereas',
  'sms',
  'dns',
  'ios',
  'yes',
  'mrs',
  'ms',
]);

/**
 * Words that say nothing of what a box or a screen is ("Please enter your email" is "email").
 * Dropped after the spellings, so "sign in" and "log in" are read as one word first.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'your',
  'please',
  'enter',
  'provide',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'and',
  'or',
  'is',
  'are',
  'be',
  'we',
  'us',
  'you',
  'will',
  'this',
  'that',
  'with',
  'here',
  'etc',
  'required',
  'optional',
  'mandatory',
]);

/**
 * Several words read as one (or as other words). Applied to the canonical words, longest first.
 * - Microsoft's renames, which Leader's portal may follow at any time:
 *   "Office 365" business plans became "Microsoft 365" (Microsoft 365 blog, "Welcome to Microsoft
 *   365", 21 April 2020); the MPN ID became the "Partner ID" in Partner Center (Microsoft AI Cloud
 *   Partner Program, 2022–2023: "Partner ID (formerly MPN ID)"); Azure AD became Microsoft Entra ID
 *   (Microsoft Learn, "New name for Azure Active Directory", July 2023).
 * - Written forms of one word: "e-mail", "post code", "sign in".
 */
export const PHRASE_SPELLINGS: readonly (readonly [from: string, to: string])[] = [
  ['microsoft office 365', 'microsoft 365'],
  ['office 365', 'microsoft 365'],
  ['office365', 'microsoft 365'],
  ['microsoft365', 'microsoft 365'],
  ['o365', 'microsoft 365'],
  ['m365', 'microsoft 365'],
  ['ms 365', 'microsoft 365'],
  ['microsoft partner network id', 'partner id'],
  ['partner network id', 'partner id'],
  ['microsoft partner id', 'partner id'],
  ['ai cloud partner program id', 'partner id'],
  ['cloud partner program id', 'partner id'],
  ['mpn id', 'partner id'],
  ['mpnid', 'partner id'],
  ['partnerid', 'partner id'],
  ['mpn', 'partner id'],
  ['azure active directory', 'entra id'],
  ['azure ad', 'entra id'],
  ['microsoft entra id', 'entra id'],
  ['microsoft entra', 'entra id'],
  ['global administrator', 'global admin'],
  // The portal's name for the onmicrosoft.com prefix is one term: its "domain" is no domain box.
  ['domain prefix', 'domainprefix'],
  ['global adminstrator', 'global admin'],
  ['e mail', 'email'],
  ['post code', 'postcode'],
  ['zip code', 'zip'],
  ['cell phone', 'mobile'],
  ['mobile phone', 'mobile'],
  ['sign in', 'signin'],
  ['log in', 'signin'],
  ['login', 'signin'],
  ['logon', 'signin'],
];

/**
 * A label's last word names what the box is ("Company website", "Email for invoices" aside): when it
 * is one of these, a field's words found earlier in the label do not make the box that field.
 * From the other boxes shop and sign-up forms put beside the contact details.
 */
export const OTHER_THINGS: ReadonlySet<string> = new Set([
  'website',
  'url',
  'size',
  'type',
  'industry',
  'registration',
  'reference',
  'note',
  'instruction',
  'comment',
  'message',
  'description',
  'role',
  'title',
  'position',
  'department',
  'vat',
  'tax',
  'gst',
  'fax',
  'extension',
  'ext',
  'extn',
  'password',
  'username',
  'signin',
  'date',
  'birthday',
  'dob',
  'age',
  'gender',
  'code',
  'pin',
  'number',
  'id',
  'logo',
  'employee',
  'budget',
  'revenue',
  'search',
  'promo',
  'coupon',
  'voucher',
]);
