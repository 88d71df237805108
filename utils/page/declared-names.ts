// What a page's developer declared a field to be, read when no label says it: the HTML
// `autocomplete` token (strong evidence) and the words of the name and id attributes (weakest).

// Autocomplete tokens that say what a field is (WHATWG's list); `on`, `off` and section or
// billing/shipping prefixes say nothing of it.
const FIELD_TOKENS = new Set([
  'name',
  'given-name',
  'additional-name',
  'family-name',
  'organization',
  'organization-title',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-level1',
  'address-level2',
  'address-level3',
  'postal-code',
  'country',
  'country-name',
  'email',
  'tel',
  'tel-national',
  'tel-local',
  'tel-area-code',
  'tel-country-code',
  'tel-extension',
  'username',
  'new-password',
  'current-password',
  'one-time-code',
  'bday',
  'url',
  'cc-name',
  'cc-number',
]);

/** The field token of an `autocomplete` attribute ("section-a shipping given-name" → given-name). */
export function autocompleteToken(control: Element): string | null {
  const tokens = (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.find((token) => FIELD_TOKENS.has(token)) ?? null;
}

// Framework and page-builder prefixes in name and id attributes that say nothing of the field.
const NOISE =
  /^(ctl\d*|txt|tb|fld|field|input|inp|frm|form|main|content|maincontent|placeholder|body|page|ct|cp|ph|dd|ddl|sel|cbo|chk|billing|shipping|checkout|order|customer|contact|user|account|reg|register|registration|default|data|model|value|val|\d{2,})$/;
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3' };

/**
 * The words of a name or id attribute: camelCase, snake_case, kebab-case, dotted, `$` and bracket
 * paths split; framework prefixes dropped; "addressLineTwo" becomes "address line 2".
 */
export function attributeWords(attribute: string): string {
  return attribute
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => (word.length > 1 || /\d/.test(word)) && !NOISE.test(word))
    .map((word) => NUMBER_WORDS[word] ?? word)
    .join(' ');
}
