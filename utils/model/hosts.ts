import { z } from 'zod';

/** Leader Systems' Cloud Hub: the only host the extension works on without asking. */
export const PORTAL_ORIGIN = 'https://hub.leadercloud.com.au';

/**
 * Whether `url` is an https address on one of `hosts`: the host exactly, or any name under an
 * entry written with a leading dot (`.example.com`). No user name or password (`https://a@b`
 * reads as host b to a browser but as a to a person), no port but https's own. The host is the
 * one `new URL` gives (lower case, punycode), so look-alike spellings compare as what they are.
 */
export function isOnHosts(url: string | undefined, hosts: readonly string[]): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname;
  return hosts.some((entry) => (entry.startsWith('.') ? host.endsWith(entry) : host === entry));
}

/**
 * Where the AUTHORIZATION link of the portal's authorisation screen may lead: the pages where a
 * customer's Global Administrator accepts a reseller relationship. Any other host is shown to the
 * technician as a warning and never put into the message, copied or opened (issue 19).
 * - `admin.microsoft.com`: Microsoft Learn, "Retrieve a relationship request URL"
 *   (learn.microsoft.com/partner-center/developer/request-reseller-relationship), whose answer is
 *   `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=…&msppId=0
 *   &DAP=…#/BillingAccounts/partner-invitation`; indirect resellers' links add `indirectCSPId`
 *   (every saved authorisation screen in tests/fixtures/portal has this form).
 * - `admin.cloud.microsoft`: the same admin center at its newer host (SCREENS.md; Microsoft's
 *   move of its Microsoft 365 apps to cloud.microsoft).
 * - `portal.office.com`: the same Learn page's earlier answer,
 *   `https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=…&csp=1&msppid=0`.
 * Left out on purpose: `login.microsoftonline.com`, where `/adminconsent?client_id=…` asks a
 * Global Administrator to grant any app access to the whole tenant (the "illicit consent grant"
 * of Microsoft's own warnings), and Partner Center (`partner.microsoft.com`), the partner's side,
 * where no customer is ever sent to accept.
 */
export const AUTHORISATION_LINK_HOSTS = ['admin.microsoft.com', 'admin.cloud.microsoft', 'portal.office.com'];

export const isAuthorisationLinkHost = (url: string | undefined) => isOnHosts(url, AUTHORISATION_LINK_HOSTS);

/** An authorisation link anything may carry (a message, the panel's snapshot): Microsoft's only. */
export const authorisationLinkSchema = z
  .string()
  .max(2000)
  .regex(/^https:\/\/\S+$/)
  .refine(isAuthorisationLinkHost, { message: "The authorisation link is not on Microsoft's admin center" });
