import { parseDomain } from './domain';
import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

/** An email address with a real domain, the domain in lower-case ASCII. */
export function parseEmail(input: string): Parsed<string> {
  const text = cleanPastedText(input).replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  if (at < 1) return fail(`"${text}" is not an email address: it needs a name, @ and a domain.`);
  const local = text.slice(0, at);
  if (!/^[^\s@"(),:;<>[\\\]]{1,64}$/.test(local))
    return fail(`"${local}" before the @ is not allowed in an email address.`);
  const domain = parseDomain(text.slice(at + 1));
  if (!domain.ok) return fail(`The email's domain: ${domain.message}`);
  return ok(`${local}@${domain.value}`);
}
