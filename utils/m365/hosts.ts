import { isOnHosts } from '../model/hosts';

/**
 * The Microsoft 365 admin center, at its old and new hosts, and Microsoft's public sign-in
 * endpoints: optional host permissions, each asked for from a click when first needed.
 */
export const ADMIN_CENTER_ORIGINS = ['https://admin.microsoft.com/*', 'https://admin.cloud.microsoft/*'];
export const SIGN_IN_ORIGINS = ['https://login.microsoftonline.com/*'];
export const OPTIONAL_ORIGINS = [...ADMIN_CENTER_ORIGINS, ...SIGN_IN_ORIGINS];

/** Where "Open the Domains page" goes: the form Microsoft's own documentation links to. */
export const DOMAINS_PAGE_URL = 'https://admin.microsoft.com/Adminportal/Home#/Domains';

/** The admin center's hosts: the only pages the injected readers read (they check it themselves too). */
export const ADMIN_HOSTS: readonly string[] = ['admin.microsoft.com', 'admin.cloud.microsoft'];

export const isAdminCenter = (url: string | undefined) => isOnHosts(url, ADMIN_HOSTS);

/**
 * The Domains list (`#/Domains`, at `/` or `/Adminportal/Home`), not a domain's details page
 * (`#/Domains/Details/<domain>`). A match pattern cannot see the fragment: tabs are filtered here.
 */
export function isDomainsList(url: string | undefined): boolean {
  if (!url || !isAdminCenter(url)) return false;
  const { hash } = new URL(url);
  return /^#\/domains\/?(?:\?.*)?$/i.test(hash);
}

/** Where "Open Your products" goes: Billing > Your products. */
export const PRODUCTS_PAGE_URL = 'https://admin.microsoft.com/Adminportal/Home#/subscriptions';

/**
 * Billing > Your products (`#/subscriptions`) or Billing > Licenses (`#/licenses`), not one
 * product's details page. As for Domains, the fragment is filtered here.
 */
export function isProductsList(url: string | undefined): boolean {
  if (!url || !isAdminCenter(url)) return false;
  const { hash } = new URL(url);
  return /^#\/(?:subscriptions|licenses|licences|products)\/?(?:\?.*)?$/i.test(hash);
}
