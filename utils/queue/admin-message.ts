import type { Reseller } from '../model/reseller';

// The message for the client's Global Administrator (issue 14): the portal's AUTHORIZATION link
// must be accepted by one ("If you do not have a Global Administrator role, you will need to share
// the link with a Global Administrator"), who often does not know the reseller's portal. Plain
// text, in Australian English; the technician edits it before sending.

export interface AdminMessageInput {
  companyName: string;
  link: string;
  reseller: Pick<
    Reseller,
    'companyName' | 'contactFirstName' | 'contactLastName' | 'contactEmail' | 'contactPhone'
  > | null;
}

export interface AdminMessage {
  subject: string;
  body: string;
}

/** One line of a name: a company name pasted with line breaks, tabs or runs of spaces reads as one. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function composeAdminMessage({ companyName, link, reseller }: AdminMessageInput): AdminMessage {
  const company = oneLine(companyName) || 'your organisation';
  const person = reseller ? oneLine(`${reseller.contactFirstName} ${reseller.contactLastName}`) : '';
  const firm = reseller ? oneLine(reseller.companyName) : '';
  const ways = reseller ? [reseller.contactEmail, reseller.contactPhone].map(oneLine).filter(Boolean) : [];
  const contact = [person, firm && (person ? `at ${firm}` : firm)].filter(Boolean).join(' ');
  const questions =
    contact || ways.length > 0
      ? `If you have any questions, please contact ${[contact, ...ways].filter(Boolean).join(', ')}.`
      : 'If you have any questions, please reply to this email.';
  const signature = [person, firm].filter(Boolean);
  const body = [
    'Hello,',
    '',
    `We are setting up Microsoft 365 licences for ${company}. To complete the order, a Global Administrator of your organisation's Microsoft 365 needs to accept a reseller relationship with ${firm || 'us'}.`,
    '',
    'Please open this link, sign in with your Global Administrator account and accept:',
    oneLine(link),
    '',
    `Accepting lets ${firm || 'us'} buy and manage Microsoft subscriptions for ${company}. It does not give ${firm ? 'them' : 'us'} access to your organisation's data, email or files: that access is only given separately, by delegated administration, if you choose to grant it.`,
    '',
    questions,
    '',
    signature.length > 0 ? `Thank you,\n${signature.join('\n')}` : 'Thank you.',
  ].join('\n');
  return { subject: `Microsoft authorisation for ${company}`, body };
}

/**
 * A `mailto:` address (RFC 6068) for the message: the address kept readable, subject and body
 * percent-encoded (spaces as %20, not +; line breaks as CRLF, %0D%0A). Null without a usable
 * address, so nothing is sent to an address that would be read as more than one.
 */
export function mailtoHref(to: string, message: AdminMessage): string | null {
  const address = to.trim();
  if (!/^[^\s@,;?&%#<>"]+@[^\s@,;?&%#<>"]+$/.test(address)) return null;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}
