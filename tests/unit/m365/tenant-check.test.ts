import { describe, expect, it, vi } from 'vitest';
import { checkTenant, describeTenant, NetworkError, SYNTHETIC_USER } from '../../../utils/m365/tenant-check';
import { microsoftAnswer } from '../../fixtures/m365/fake-microsoft';

/** fetch as Microsoft's endpoints answer in the fixtures; every call recorded. */
function fakeMicrosoft() {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = microsoftAnswer(url, 0);
    if (answer.networkFailure) throw new TypeError('Failed to fetch');
    return new Response(answer.body, { status: answer.status });
  });
  return { fetchImpl, calls };
}

describe('the tenant check against Microsoft’s public sign-in endpoints', () => {
  it('a managed tenant: its id and region from the OpenID configuration, its name from the user realm', async () => {
    const { fetchImpl, calls } = fakeMicrosoft();
    expect(await checkTenant('360business.com.au', fetchImpl)).toEqual({
      kind: 'managed',
      domain: '360business.com.au',
      organisation: '360 Business Pty Ltd',
      tenantId: '6f1c2a9e-3b7d-4c1a-9e2f-0a8b7c6d5e4f',
      region: 'OC',
    });
    expect(calls.map((c) => c.url)).toEqual([
      'https://login.microsoftonline.com/360business.com.au/v2.0/.well-known/openid-configuration',
      `https://login.microsoftonline.com/getuserrealm.srf?login=${encodeURIComponent(`${SYNTHETIC_USER}@360business.com.au`)}&json=1`,
      `https://login.microsoftonline.com/common/userrealm/${encodeURIComponent(`${SYNTHETIC_USER}@360business.com.au`)}?api-version=2.1`,
    ]);
    // No cookies, no referrer: nothing of the technician's goes to Microsoft.
    for (const { init } of calls)
      expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it.each([
    ['harbourlaw.com.au', 'federated', 'Harbour Law'],
    ['northsidecafe.com.au', 'unmanaged', undefined],
    ['bluegumphysio.onmicrosoft.com', 'none', undefined],
    ['garbled.com.au', 'error', undefined],
  ])('%s is %s', async (domain, kind, organisation) => {
    const result = await checkTenant(domain, fakeMicrosoft().fetchImpl);
    expect(result.kind).toBe(kind);
    expect(result.organisation).toBe(organisation);
  });

  it('an unmanaged directory is only told by the newer realm’s IsViral (the older one says Managed)', async () => {
    const { fetchImpl, calls } = fakeMicrosoft();
    await checkTenant('northsidecafe.com.au', fetchImpl);
    expect(calls).toHaveLength(3);
  });

  it('no tenant: stops after the OpenID configuration’s AADSTS90002', async () => {
    const { fetchImpl, calls } = fakeMicrosoft();
    expect((await checkTenant('nosuchtenant.com.au', fetchImpl)).kind).toBe('none');
    expect(calls).toHaveLength(1);
  });

  it('a failed connection is a NetworkError (retried by the query); nonsense is an answer, not retried', async () => {
    await expect(checkTenant('offline.com.au', fakeMicrosoft().fetchImpl)).rejects.toBeInstanceOf(
      NetworkError,
    );
    const garbled = await checkTenant('garbled.com.au', fakeMicrosoft().fetchImpl);
    expect(garbled.message).toMatch(/unexpected/);
    const busy = vi.fn(async () => new Response('', { status: 503 }));
    await expect(checkTenant('360business.com.au', busy)).rejects.toBeInstanceOf(NetworkError);
  });

  it('an HTTP 400 that is not "tenant not found" is not taken for "no tenant"', async () => {
    const odd = vi.fn(async () => new Response('{"error":"invalid_request"}', { status: 400 }));
    expect((await checkTenant('360business.com.au', odd)).kind).toBe('error');
  });

  it('says for a new tenant whether the prefix is still free, and suggests the portal’s checkbox', () => {
    expect(describeTenant({ kind: 'none', domain: 'bluegumphysio.onmicrosoft.com' }, true)).toMatch(
      /still free/,
    );
    expect(describeTenant({ kind: 'managed', domain: 'x.onmicrosoft.com' }, true)).toMatch(/is taken/);
    expect(
      describeTenant({ kind: 'managed', domain: '360business.com.au', organisation: '360 Business' }, false),
    ).toMatch(/\(360 Business\).*already using Office 365/);
  });
});

describe('the tenant check against a slow or oversized answer', () => {
  const LIMITS = { timeoutMs: 80, maxBytes: 1024 };
  const OPENID = '{"issuer":"https://login.microsoftonline.com/6f1c2a9e-3b7d-4c1a-9e2f-0a8b7c6d5e4f/v2.0"}';

  /** A body that sends `chunk` every time it is asked, for ever; `cancelled` says whether it was stopped. */
  function endless(chunk: string) {
    const state = { pulls: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        state.pulls++;
        controller.enqueue(new TextEncoder().encode(chunk));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  it('a fetch that never answers (and ignores its signal) is the answer error, within the time allowed', async () => {
    const silent = vi.fn(() => new Promise<Response>(() => {}));
    const started = Date.now();
    const result = await checkTenant('360business.com.au', silent, undefined, LIMITS);
    expect(result).toMatchObject({ kind: 'error', message: expect.stringMatching(/did not answer within/) });
    expect(Date.now() - started).toBeLessThan(2000);
    // The fetch was given the signal that times out.
    expect((silent.mock.calls[0] as unknown as [string, RequestInit])[1].signal).toBeInstanceOf(AbortSignal);
  });

  it('headers at once, then a body that never ends: the same', async () => {
    const hanging = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"issuer":'));
      },
    });
    const slow = vi.fn(async () => new Response(hanging, { status: 200 }));
    const result = await checkTenant('360business.com.au', slow, undefined, LIMITS);
    expect(result).toMatchObject({ kind: 'error', message: expect.stringMatching(/did not answer within/) });
  });

  it('a declared length over the cap is refused unread', async () => {
    const { body, state } = endless('x'.repeat(100));
    const big = vi.fn(
      async () =>
        new Response(body, { status: 200, headers: { 'Content-Length': String(50 * 1024 * 1024) } }),
    );
    const result = await checkTenant('360business.com.au', big, undefined, LIMITS);
    expect(result).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/far larger than it ever sends/),
    });
    expect(state.pulls).toBeLessThanOrEqual(1);
  });

  it('an answer without a length is read up to the cap only, then stopped', async () => {
    const { body, state } = endless('{"padding":"'.concat('x'.repeat(200)));
    const flood = vi.fn(async () => new Response(body, { status: 200 }));
    const result = await checkTenant('360business.com.au', flood, undefined, LIMITS);
    expect(result).toMatchObject({ kind: 'error', message: expect.stringMatching(/far larger/) });
    expect(state.cancelled).toBe(true);
    expect(state.pulls).toBeLessThan(10);
  });

  it('an answer within the limits is read as before', async () => {
    const fine = vi.fn(async (url: string) =>
      url.includes('openid-configuration')
        ? new Response(OPENID, { status: 200 })
        : new Response('{"NameSpaceType":"Federated","FederationBrandName":"Harbour Law"}', { status: 200 }),
    );
    expect(await checkTenant('harbourlaw.com.au', fine, undefined, LIMITS)).toMatchObject({
      kind: 'federated',
      organisation: 'Harbour Law',
    });
  });

  it('the caller’s own cancelling is not turned into an answer: it rejects, for the query to drop', async () => {
    const controller = new AbortController();
    const silent = vi.fn(() => new Promise<Response>(() => {}));
    const pending = checkTenant('360business.com.au', silent, controller.signal, LIMITS);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
