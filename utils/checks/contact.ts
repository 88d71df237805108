import type { FieldKey, Warning } from '../model/fields';
import { controlText } from '../page/controls';
import type { FoundField } from '../page/fields';
import type { CheckContext } from '../steps/types';
import { companyNameProblem, contactNameProblem } from '../values/name-rules';

// (A key may have several boxes, a confirm-email one among them: the first that holds something.)
const fieldValue = (fields: FoundField[], key: FieldKey) =>
  fields
    .filter((f) => f.key === key)
    .map((f) => controlText(f.element).trim())
    .find(Boolean) ?? '';

/**
 * The contact email must be the reseller's: on the client's own domain Microsoft would contact the
 * client directly (the guide), and Partner Center refuses any @microsoft.com address.
 */
export function checkContactEmail({ fields, client }: CheckContext): Warning[] {
  const email = fieldValue(fields, 'contactEmail').toLowerCase();
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!email.includes('@') || !domain) return [];
  if (domain === 'microsoft.com' || domain.endsWith('.microsoft.com')) {
    return [
      {
        code: 'microsoft-email',
        message: `${email} is a Microsoft address: Partner Center refuses @microsoft.com contacts. Use your own email.`,
      },
    ];
  }
  const own = [
    client?.defaultDomain,
    client?.tenantPrefix ? `${client.tenantPrefix}.onmicrosoft.com` : '',
  ].filter(Boolean) as string[];
  if (own.some((d) => domain === d || domain.endsWith(`.${d}`))) {
    return [
      {
        code: 'client-contact-email',
        message: `${email} is on the client's own domain: Microsoft would contact the client directly. Use your reseller email.`,
      },
    ];
  }
  return [];
}

/** Company and contact names that Microsoft's customer validation refuses. */
export function checkNames({ fields }: CheckContext): Warning[] {
  const problems = [
    companyNameProblem(fieldValue(fields, 'companyName')),
    contactNameProblem(fieldValue(fields, 'contactFirstName'), 'first name'),
    contactNameProblem(fieldValue(fields, 'contactLastName'), 'last name'),
  ];
  return problems.filter((p): p is string => p !== null).map((message) => ({ code: 'name-rule', message }));
}
