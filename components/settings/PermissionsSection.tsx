import { useMutation, useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { OPTIONAL_PERMISSION_PURPOSES, useGrantedOptionalOrigins } from '../../utils/m365/permissions';
import { queryKeys } from '../../utils/queries';

/** The optional Microsoft hosts granted, each with what it is for and a way to take it back. */
export function PermissionsSection() {
  const queryClient = useQueryClient();
  const granted = useGrantedOptionalOrigins();
  const revoke = useMutation({
    mutationFn: async (origin: string) => {
      const removed = await browser.permissions.remove({ origins: [origin] });
      if (!removed) throw new Error('the browser kept it (it may be required by this build)');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.permissions }),
  });
  return (
    <section className="card" aria-labelledby="permissions-heading" data-testid="optional-permissions">
      <h2 id="permissions-heading">Microsoft 365 permissions</h2>
      <p className="hint">
        The assistant works on Leader Cloud Hub only. Reading a client’s domains from their admin center, and
        checking a domain’s tenant, each need your permission for a Microsoft address, asked the first time
        you click them.
      </p>
      {granted.isPending && <p role="status">Loading…</p>}
      {granted.data?.length === 0 && <p data-testid="no-optional-permissions">None granted.</p>}
      {granted.data && granted.data.length > 0 && (
        <ul className="permissions">
          {granted.data.map((origin) => (
            <li key={origin} data-permission={origin}>
              <span>
                <code>{origin}</code>: {OPTIONAL_PERMISSION_PURPOSES[origin]}
              </span>{' '}
              <button type="button" onClick={() => revoke.mutate(origin)} disabled={revoke.isPending}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {revoke.error && (
        <p className="status error" role="alert">
          Not removed: {revoke.error.message}.
        </p>
      )}
    </section>
  );
}
