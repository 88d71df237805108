import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

// RFC 1035 limits: a label is 1–63 characters, a name at most 253. Labels are letters, digits and
// inner hyphens once internationalised names are in their ASCII (punycode) form.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
export const ONMICROSOFT_SUFFIX = '.onmicrosoft.com';

/**
 * The domain in whatever a technician pastes: `https://www.360Business.com.au/`, `360business.com.au.`,
 * `admin@360business.com.au`, `360business.com.au (Default)` from the admin center, or `bücher.de`.
 * Gives the lower-case ASCII name, without a leading `www.`.
 */
export function parseDomain(input: string): Parsed<string> {
  let text = cleanPastedText(input).replace(/\s*\(default\)\s*$/i, '');
  if (text === '') return fail('Enter a domain, e.g. 360business.com.au.');
  if (/\s/.test(text)) return fail(`"${text}" has a space in it: enter one domain, e.g. 360business.com.au.`);
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  text = text.replace(/^mailto:/i, '');
  text = text.replace(/^[^/?#]*@/, '');
  text = text.replace(/[/?#].*$/, '');
  text = text.replace(/:\d+$/, '');
  text = text.replace(/\.+$/, '');
  if (text === '') return fail('Enter a domain, e.g. 360business.com.au.');

  let ascii: string;
  try {
    // The URL parser applies IDNA (UTS #46): case folding and punycode, as browsers do.
    ascii = new URL(`http://${text}/`).hostname;
  } catch {
    return fail(
      `"${text}" is not a domain name: use letters, digits, hyphens and dots, e.g. 360business.com.au.`,
    );
  }
  ascii = ascii.replace(/\.+$/, '').replace(/^www\./, '');
  if (/^[\d.]+$/.test(ascii) || ascii.startsWith('['))
    return fail(`"${text}" is an IP address, not a domain name.`);
  if (ascii.length > 253) return fail(`"${text}" is longer than the 253 characters a domain name may have.`);
  const labels = ascii.split('.');
  if (labels.length < 2) return fail(`"${text}" needs a dot and an ending, e.g. 360business.com.au.`);
  const badLabel = labels.find((label) => !LABEL.test(label));
  if (badLabel !== undefined) {
    return fail(
      badLabel === ''
        ? `"${text}" has two dots in a row.`
        : `"${badLabel}" in "${text}" is not allowed: each part is 1–63 letters, digits or inner hyphens.`,
    );
  }
  if (!TLD.test(labels[labels.length - 1] ?? ''))
    return fail(`"${text}" does not end in a real top-level domain such as .au or .com.`);
  return ok(ascii);
}

/** True for Microsoft's own `*.onmicrosoft.com` names, which are never the client's domain. */
export function isOnMicrosoftDomain(domain: string): boolean {
  return domain === ONMICROSOFT_SUFFIX.slice(1) || domain.endsWith(ONMICROSOFT_SUFFIX);
}

/**
 * The client's default domain as the portal's "Define Default Domain" dialog wants it: the client's
 * own domain, or empty when the default is the onmicrosoft.com one (the guide: "leave the field
 * below empty"). An empty input stays empty.
 */
export function parseDefaultDomain(input: string): Parsed<string> {
  if (cleanPastedText(input) === '') return ok('');
  const parsed = parseDomain(input);
  if (!parsed.ok) return parsed;
  return isOnMicrosoftDomain(parsed.value) ? ok('') : parsed;
}
