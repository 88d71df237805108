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

/**
 * How long each of Microsoft's answers may take, and how much of one is read: its answers are a
 * few kilobytes (an OpenID configuration is under 2 KB), so anything far larger, or slower, is
 * not the sign-in service answering and is never read whole.
 */
export interface AnswerLimits {
  timeoutMs: number;
  maxBytes: number;
}
export const ANSWER_LIMITS: AnswerLimits = { timeoutMs: 10_000, maxBytes: 64 * 1024 };

/** A failure that is the check's answer (`error`), told as it is; not retried. */
class Unanswered extends Error {}

/** Rejects once `signal` aborts: a fetch or a body that ignores its signal still stops waiting. */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });

/** The body as text, up to `maxBytes`: a declared or a streamed length over it is refused unread. */
async function readCapped(response: Response, maxBytes: number, stopped: Promise<never>): Promise<string> {
  const tooBig = () =>
    new Unanswered(
      `Microsoft's sign-in service sent an answer far larger than it ever sends (over ${Math.max(1, Math.round(maxBytes / 1024))} KB): it was not read. Try again later.`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooBig();
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    throw error;
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

async function getJson(
  fetchImpl: Fetch,
  url: string,
  signal: AbortSignal | undefined,
  limits: AnswerLimits,
): Promise<{ status: number; body: unknown }> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const either = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const stopped = untilAborted(either);
  // Not a rejection left unseen when nothing waits on it any more.
  stopped.catch(() => {});
  const failed = (error: unknown): never => {
    if (signal?.aborted) throw error;
    if (timeout.aborted)
      throw new Unanswered(
        `Microsoft's sign-in service did not answer within ${limits.timeoutMs / 1000} seconds. Try again later.`,
      );
    if (error instanceof Unanswered) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  };
  let response: Response;
  try {
    response = await Promise.race([
      fetchImpl(url, {
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
        signal: either,
      }),
      stopped,
    ]);
  } catch (error) {
    return failed(error);
  }
  if (response.status >= 500) {
    void response.body?.cancel().catch(() => {});
    throw new NetworkError(`Microsoft answered HTTP ${response.status}`);
  }
  let text: string;
  try {
    text = await readCapped(response, limits.maxBytes, stopped);
  } catch (error) {
    return failed(error);
  }
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

/**
 * One domain's tenant: the OpenID configuration, then both user realms. An answer too slow or
 * too large is the result `error`, saying which; a failed connection is a NetworkError.
 */
export async function checkTenant(
  domain: string,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
  limits: AnswerLimits = ANSWER_LIMITS,
): Promise<TenantResult> {
  try {
    return await askMicrosoft(domain, (url) => getJson(fetchImpl, url, signal, limits));
  } catch (error) {
    if (error instanceof Unanswered) return { kind: 'error', domain, message: error.message };
    throw error;
  }
}

async function askMicrosoft(
  domain: string,
  get: (url: string) => Promise<{ status: number; body: unknown }>,
): Promise<TenantResult> {
  const name = encodeURIComponent(domain);
  const login = encodeURIComponent(`${SYNTHETIC_USER}@${domain}`);
  const openId = await get(`${SIGN_IN}/${name}/v2.0/.well-known/openid-configuration`);
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

  const realm = await get(`${SIGN_IN}/getuserrealm.srf?login=${login}&json=1`);
  const parsedRealm = realmSchema.safeParse(realm.body);
  if (realm.status !== 200 || !parsedRealm.success) return nonsense(domain, 'its user realm');
  // A directory with no name of its own gives its domain as its brand: that names nobody.
  const brand = parsedRealm.data.FederationBrandName?.trim();
  const organisation = brand && brand.toLowerCase() !== domain.toLowerCase() ? brand : undefined;
  const base = { domain, tenantId, region, organisation };
  if (parsedRealm.data.NameSpaceType === 'Federated') return { kind: 'federated', ...base };
  if (parsedRealm.data.NameSpaceType === 'Unknown') return { kind: 'none', ...base };

  // Managed: a self-service ("viral") directory says Managed too; only the newer realm tells.
  const realmV2 = await get(`${SIGN_IN}/common/userrealm/${login}?api-version=2.1`);
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
