import { z } from 'zod';

/**
 * Does a domain belong to a Microsoft tenant, and what kind? Asked of Microsoft's public sign-in
 * endpoints, from an extension page (never a content script), without cookies, for a made-up user
 * name (never a real person's).
 */
export const SIGN_IN = 'https://login.microsoftonline.com';
export const SYNTHETIC_USER = 'tenant-check.leader-csp-assistant';

export const TENANT_KINDS = ['managed', 'federated', 'unmanaged', 'none', 'error'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export interface TenantResult {
  kind: TenantKind;
  domain: string;
  organisation?: string;
  tenantId?: string;
  region?: string;
  /** For error: what went wrong, in the technician's words. */
  message?: string;
}

/** A failure worth trying again (offline, a dropped connection); anything else is an answer. */
export class NetworkError extends Error {}

const openIdSchema = z.object({
  issuer: z.string().regex(/^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/v2\.0\/?$/i),
  tenant_region_scope: z.string().max(20).optional(),
});
const noTenantSchema = z.object({
  error: z.string().optional(),
  error_codes: z.array(z.number()).optional(),
  error_description: z.string().optional(),
});
const realmSchema = z.object({
  NameSpaceType: z.enum(['Managed', 'Federated', 'Unknown']),
  FederationBrandName: z.string().max(300).optional(),
});
const realmV2Schema = z.object({
  IsViral: z.boolean().optional(),
  NameSpaceType: z.string().optional(),
});

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

async function getJson(
  fetchImpl: Fetch,
  url: string,
  signal?: AbortSignal,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (response.status >= 500) throw new NetworkError(`Microsoft answered HTTP ${response.status}`);
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: undefined };
  }
}

const nonsense = (domain: string, what: string): TenantResult => ({
  kind: 'error',
  domain,
  message: `Microsoft's sign-in service answered something unexpected (${what}). Try again later.`,
});

/** One domain's tenant: the OpenID configuration, then both user realms. */
export async function checkTenant(
  domain: string,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
): Promise<TenantResult> {
  const name = encodeURIComponent(domain);
  const login = encodeURIComponent(`${SYNTHETIC_USER}@${domain}`);
  const openId = await getJson(fetchImpl, `${SIGN_IN}/${name}/v2.0/.well-known/openid-configuration`, signal);
  let tenantId: string | undefined;
  let region: string | undefined;
  if (openId.status === 200) {
    const parsed = openIdSchema.safeParse(openId.body);
    if (!parsed.success) return nonsense(domain, 'its OpenID configuration has no tenant');
    tenantId = parsed.data.issuer.match(/[0-9a-f-]{36}/i)?.[0];
    region = parsed.data.tenant_region_scope;
  } else if (openId.status === 400) {
    const parsed = noTenantSchema.safeParse(openId.body);
    const noTenant =
      parsed.success &&
      (parsed.data.error_codes?.includes(90002) || /AADSTS90002/.test(parsed.data.error_description ?? ''));
    if (!noTenant) return nonsense(domain, `HTTP 400 without "tenant not found"`);
    return { kind: 'none', domain };
  } else {
    return nonsense(domain, `HTTP ${openId.status}`);
  }

  const realm = await getJson(fetchImpl, `${SIGN_IN}/getuserrealm.srf?login=${login}&json=1`, signal);
  const parsedRealm = realmSchema.safeParse(realm.body);
  if (realm.status !== 200 || !parsedRealm.success) return nonsense(domain, 'its user realm');
  // A directory with no name of its own gives its domain as its brand: that names nobody.
  const brand = parsedRealm.data.FederationBrandName?.trim();
  const organisation = brand && brand.toLowerCase() !== domain.toLowerCase() ? brand : undefined;
  const base = { domain, tenantId, region, organisation };
  if (parsedRealm.data.NameSpaceType === 'Federated') return { kind: 'federated', ...base };
  if (parsedRealm.data.NameSpaceType === 'Unknown') return { kind: 'none', ...base };

  // Managed: a self-service ("viral") directory says Managed too; only the newer realm tells.
  const realmV2 = await getJson(fetchImpl, `${SIGN_IN}/common/userrealm/${login}?api-version=2.1`, signal);
  const parsedV2 = realmV2Schema.safeParse(realmV2.body);
  if (realmV2.status !== 200 || !parsedV2.success) return nonsense(domain, 'its newer user realm');
  return { kind: parsedV2.data.IsViral ? 'unmanaged' : 'managed', ...base };
}

/** What the technician reads about a result; for a new tenant, whether the prefix is still free. */
export function describeTenant(result: TenantResult, asPrefix: boolean): string {
  const org = result.organisation ? ` (${result.organisation})` : '';
  switch (result.kind) {
    case 'managed':
      return asPrefix
        ? `${result.domain} is taken: a managed Microsoft 365 tenant${org} has it. Choose another prefix for a new tenant, or tick "already using Office 365".`
        : `${result.domain} is in a managed Microsoft 365 tenant${org}: tick "already using Office 365" on the portal.`;
    case 'federated':
      return `${result.domain} is in a Microsoft 365 tenant${org} that signs in through its own identity provider (federated): tick "already using Office 365".`;
    case 'unmanaged':
      return `${result.domain} is in a self-service directory that nobody administers${org} (someone once signed up with a work email). An admin takeover is needed before it can be used; do not create a new tenant for this domain.`;
    case 'none':
      return asPrefix
        ? `${result.domain} has no tenant: the prefix is still free for a new tenant.`
        : `${result.domain} is in no Microsoft 365 organisation: the client needs a new tenant.`;
    case 'error':
      return result.message ?? 'The check failed.';
  }
}
