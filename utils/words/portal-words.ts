import type { Concept } from './concept';

/** What the portal's own screens say, in every wording a screen of Leader's or Microsoft's may use. */
export const PORTAL_WORDS = {
  tenantPrefix: {
    phrases: [
      'domain prefix',
      'tenant prefix',
      'initial domain',
      'onmicrosoft com domain',
      'onmicrosoft domain',
      'onmicrosoft com prefix',
      'onmicrosoft prefix',
      'onmicrosoft',
      'tenant domain',
      'tenant name',
      'microsoft domain',
      'microsoft 365 domain prefix',
    ],
    source:
      'The guide ("Domain Prefix *"); Microsoft Learn, "Domains FAQ": the initial onmicrosoft.com domain; Partner Center\'s new customer form ("Domain: ….onmicrosoft.com"); the issue\'s list (tenant name).',
  },
  partnerId: {
    phrases: ['reseller … partner id', 'partner id'],
    source: 'The guide ("Reseller (MPN ID) 619911"); Partner Center: "Partner ID (formerly MPN ID)".',
  },
  existingTenant: {
    phrases: [
      'already … microsoft 365',
      'already … tenant',
      'existing … microsoft 365',
      'existing … tenant',
      'own this domain',
      'owns this domain',
      'has … microsoft 365 tenant',
      'have … microsoft 365 tenant',
    ],
    source:
      'The guide\'s checkbox ("My customer is already using Office 365 service and he/she owns this domain"), with Microsoft\'s renames and the tenant / tenancy / organisation words.',
  },
  globalAdmin: {
    phrases: ['global admin'],
    source: 'The guide ("a Global Administrator role"); Microsoft Learn, "About admin roles".',
  },
  resellerRelationship: {
    phrases: ['reseller relationship', 'partner relationship', 'csp relationship'],
    source:
      'Partner Center, "Request a reseller relationship"; Microsoft Learn, "Granular delegated admin privileges".',
  },
} satisfies Record<string, Concept>;
