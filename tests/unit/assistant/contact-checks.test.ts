import { describe, expect, it } from 'vitest';
import { checkContactEmail } from '../../../utils/checks/contact';
import type { FoundField } from '../../../utils/page/fields';
import type { CheckContext } from '../../../utils/steps/types';
import { sampleData } from '../portal-page';

function contextWithEmail(email: string): CheckContext {
  const { client, reseller } = sampleData();
  const input = document.createElement('input');
  input.value = email;
  const field = { key: 'contactEmail', element: input } as unknown as FoundField;
  return { client, reseller, fields: [field] } as unknown as CheckContext;
}

describe('the contact email check', () => {
  it.each([
    ['licensing@harbourit.com.au', []],
    ['sam@360business.com.au', ['client-contact-email']],
    ['it@mail.360business.com.au', ['client-contact-email']],
    ['admin@360business.onmicrosoft.com', ['client-contact-email']],
    ['someone@microsoft.com', ['microsoft-email']],
    ['', []],
  ])('%j', (email, codes) => {
    expect(checkContactEmail(contextWithEmail(email)).map((w) => w.code)).toEqual(codes);
  });
});
