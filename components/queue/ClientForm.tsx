import { type FormEvent, useState } from 'react';
import { type Client, clientSchema } from '../../utils/model/client';
import { formatIssuePath } from '../../utils/model/from-parser';
import { failureMessage } from '../../utils/storage/write-errors';
import { parseDefaultDomain } from '../../utils/values/domain';
import { companyNameProblem } from '../../utils/values/name-rules';
import { suggestTenantPrefix } from '../../utils/values/tenant-prefix';
import { TextField } from '../shared/TextField';
import { type LicenceDraft, LicencesEditor, licenceDrafts, licencesInput } from './LicencesEditor';

interface Draft {
  companyName: string;
  defaultDomain: string;
  tenantPrefix: string;
  existingTenant: boolean;
  abn: string;
  adminEmail: string;
  notes: string;
  licenses: LicenceDraft[];
}

const draftOf = (client: Client | null): Draft => ({
  companyName: client?.companyName ?? '',
  defaultDomain: client?.defaultDomain ?? '',
  tenantPrefix: client?.tenantPrefix ?? '',
  existingTenant: client?.existingTenant ?? true,
  abn: client?.abn ?? '',
  adminEmail: client?.adminEmail ?? '',
  notes: client?.notes ?? '',
  licenses: licenceDrafts(client),
});

/** Draft to the schema's input; the schema does every check and normalisation. */
function toInput(draft: Draft, base: Client | null, now: Date) {
  return {
    ...(base ?? {}),
    id: base?.id ?? `client-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    companyName: draft.companyName,
    defaultDomain: draft.defaultDomain,
    tenantPrefix: draft.tenantPrefix,
    existingTenant: draft.existingTenant,
    abn: draft.abn,
    adminEmail: draft.adminEmail,
    notes: draft.notes,
    licenses: licencesInput(draft.licenses),
    createdAt: base?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

function errorsOf(
  draft: Draft,
  base: Client | null,
): { errors: Record<string, string>; client: Client | null } {
  const parsed = clientSchema.safeParse(toInput(draft, base, new Date()));
  if (parsed.success) return { errors: {}, client: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = formatIssuePath(issue.path);
    errors[path] ??= issue.message;
  }
  return { errors, client: null };
}

/** Add or edit a client; every field checked as it is left, by the same rules the store applies. */
export function ClientForm({
  client,
  onSave,
  onCancel,
}: {
  client: Client | null;
  onSave(client: Client): Promise<void>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(client));
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { errors } = errorsOf(draft, client);
  const show = (path: string) => setShown((s) => new Set(s).add(path));
  const errorAt = (path: string) => (shown.has(path) || shown.has('*') ? errors[path] : undefined);
  const nameWarning = companyNameProblem(draft.companyName);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const leaveDomain = () => {
    show('defaultDomain');
    const parsed = parseDefaultDomain(draft.defaultDomain);
    if (!parsed.ok) return;
    setDraft((d) => ({
      ...d,
      defaultDomain: parsed.value,
      // The prefix is usually the domain's first part: suggested, and left alone once typed.
      tenantPrefix: d.tenantPrefix || (parsed.value ? suggestTenantPrefix(parsed.value) : d.tenantPrefix),
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = errorsOf(draft, client);
    if (!result.client) {
      setShown(new Set(['*']));
      setFailure(
        `Not saved: ${Object.keys(result.errors).length === 1 ? 'one field needs' : `${Object.keys(result.errors).length} fields need`} attention.`,
      );
      return;
    }
    setSaving(true);
    try {
      await onSave(result.client);
    } catch (error) {
      setFailure(failureMessage('Not saved', error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="client-form"
      noValidate
      onSubmit={submit}
      aria-label={client ? `Edit ${client.companyName}` : 'Add a client'}
    >
      <h2>{client ? `Edit ${client.companyName}` : 'Add a client'}</h2>
      <TextField
        label="Company name"
        name="companyName"
        required
        value={draft.companyName}
        error={errorAt('companyName')}
        hint={nameWarning ?? undefined}
        onChange={(v) => set('companyName', v)}
        onBlur={() => show('companyName')}
      />
      <TextField
        label="Default domain"
        name="defaultDomain"
        value={draft.defaultDomain}
        error={errorAt('defaultDomain')}
        hint="Paste anything: https://www.360business.com.au/ becomes 360business.com.au. Empty when the default is the onmicrosoft.com domain."
        onChange={(v) => set('defaultDomain', v)}
        onBlur={leaveDomain}
      />
      <TextField
        label="Tenant prefix"
        name="tenantPrefix"
        value={draft.tenantPrefix}
        error={errorAt('tenantPrefix')}
        hint="The part before .onmicrosoft.com (Settings > Domains in the client's admin center)."
        onChange={(v) => set('tenantPrefix', v)}
        onBlur={() => show('tenantPrefix')}
      />
      <label className="check">
        <input
          type="checkbox"
          name="existingTenant"
          checked={draft.existingTenant}
          onChange={(e) => set('existingTenant', e.target.checked)}
        />
        The client already uses Microsoft 365 (has a tenant)
      </label>
      <TextField
        label="ABN"
        name="abn"
        value={draft.abn}
        error={errorAt('abn')}
        onChange={(v) => set('abn', v)}
        onBlur={() => show('abn')}
      />
      <TextField
        label="Global Administrator's email"
        name="adminEmail"
        type="email"
        value={draft.adminEmail}
        error={errorAt('adminEmail')}
        hint="Optional: who accepts the authorisation link. The portal's panel then opens its message as an email to them."
        onChange={(v) => set('adminEmail', v)}
        onBlur={() => show('adminEmail')}
      />
      <LicencesEditor
        licences={draft.licenses}
        update={(change) => setDraft((d) => ({ ...d, licenses: change(d.licenses) }))}
        errorAt={errorAt}
        show={show}
      />
      <label className="field">
        <span>Notes</span>
        <textarea name="notes" value={draft.notes} rows={3} onChange={(e) => set('notes', e.target.value)} />
      </label>
      {failure && (
        <p className="status error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save client'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
