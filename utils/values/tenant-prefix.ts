import { isOnMicrosoftDomain, ONMICROSOFT_SUFFIX, parseDomain } from './domain';
import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

// Microsoft's rule for the onmicrosoft.com prefix, as resellers' guides state it: Latin letters and
// digits only. Microsoft publishes no shorter length limit than a DNS label's 63 characters
// (../shared/notes/m365-facts.md), so that is the one enforced.
const MAX_PREFIX_LENGTH = 63;

/**
 * The tenant prefix from `360business`, `360business.onmicrosoft.com`, `admin@360business.onmicrosoft.com`
 * or a pasted URL such as `https://360business.onmicrosoft.com/`. Lower case.
 */
export function parseTenantPrefix(input: string): Parsed<string> {
  const text = cleanPastedText(input);
  if (text === '') return fail('Enter the tenant prefix, e.g. 360business for 360business.onmicrosoft.com.');

  let prefix = text.toLowerCase();
  if (/[.@/:]/.test(text)) {
    const domain = parseDomain(text);
    if (!domain.ok) return domain;
    if (!isOnMicrosoftDomain(domain.value)) {
      return fail(
        `"${domain.value}" is not an onmicrosoft.com domain: the prefix is the part before .onmicrosoft.com, found in the client's admin center under Settings > Domains.`,
      );
    }
    const rest = domain.value.slice(0, -ONMICROSOFT_SUFFIX.length);
    // Hybrid tenants also have <prefix>.mail.onmicrosoft.com; its first part is the same prefix.
    prefix = rest.replace(/\.mail$/, '');
  }
  return checkTenantPrefix(prefix);
}

/** Microsoft's rule on an already-extracted prefix, with a message that names what is wrong. */
export function checkTenantPrefix(prefix: string): Parsed<string> {
  if (prefix === '')
    return fail('Enter the tenant prefix, e.g. 360business for 360business.onmicrosoft.com.');
  const wrong = [...new Set(prefix.match(/[^a-z0-9]/gi) ?? [])];
  if (wrong.length > 0) {
    const shown = wrong.map((c) => (c === ' ' ? 'spaces' : `"${c}"`)).join(', ');
    return fail(`The tenant prefix may only contain letters (a–z) and digits: remove ${shown}.`);
  }
  if (prefix.length > MAX_PREFIX_LENGTH) {
    return fail(
      `The tenant prefix is ${prefix.length} characters long; the most a domain label may have is ${MAX_PREFIX_LENGTH}.`,
    );
  }
  return ok(prefix.toLowerCase());
}

/** A suggested prefix from the client's domain: `360business.com.au` gives `360business`. */
export function suggestTenantPrefix(domain: string): string {
  const first = domain.split('.')[0] ?? '';
  return first
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, MAX_PREFIX_LENGTH);
}
