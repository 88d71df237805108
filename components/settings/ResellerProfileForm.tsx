import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  RESELLER_FIELDS,
  type Reseller,
  type ResellerField,
  resellerSchema,
} from '../../utils/model/reseller';
import { queryKeys } from '../../utils/queries';
import { saveResellerFields } from '../../utils/storage/write';
import { failureMessage } from '../../utils/storage/write-errors';
import { AUSTRALIAN_STATE_CODES, AUSTRALIAN_STATES } from '../../utils/values/state';
import { SelectField, TextField } from '../shared/TextField';

type Draft = Record<ResellerField, string>;

/** How one profile field is shown: its label and its input's hints to the browser. */
interface ProfileInput {
  label: string;
  required: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email';
  hint?: string;
}

// A total map: a field added to the schema without a label here fails to compile.
const PROFILE_INPUTS: Record<ResellerField, ProfileInput> = {
  companyName: { label: 'Company name', required: true, autoComplete: 'organization' },
  contactFirstName: { label: 'First name', required: true, autoComplete: 'given-name' },
  contactLastName: { label: 'Last name', required: true, autoComplete: 'family-name' },
  contactEmail: { label: 'Email', required: true, type: 'email', autoComplete: 'email', inputMode: 'email' },
  contactPhone: {
    label: 'Phone',
    required: true,
    type: 'tel',
    autoComplete: 'tel',
    inputMode: 'tel',
    hint: 'e.g. 02 9876 5432 or 0412 345 678',
  },
  addressLine1: { label: 'Address line 1', required: true, autoComplete: 'address-line1' },
  addressLine2: { label: 'Address line 2', required: false, autoComplete: 'address-line2' },
  city: { label: 'Suburb or city', required: true, autoComplete: 'address-level2' },
  state: { label: 'State or territory', required: true },
  postcode: { label: 'Postcode', required: true, autoComplete: 'postal-code', inputMode: 'numeric' },
  country: { label: 'Country', required: false, autoComplete: 'country-name' },
  mpnId: {
    label: 'Microsoft partner (MPN) id',
    required: true,
    inputMode: 'numeric',
    hint: 'Shown on the portal as "Reseller (MPN ID)", e.g. 619911',
  },
};

const STATE_OPTIONS = AUSTRALIAN_STATE_CODES.map((code) => ({
  value: code,
  label: `${code} – ${AUSTRALIAN_STATES[code]}`,
}));

const emptyDraft = (): Draft => Object.fromEntries(RESELLER_FIELDS.map((key) => [key, ''])) as Draft;
const draftOf = (reseller: Reseller | null): Draft =>
  reseller ? { ...emptyDraft(), ...reseller } : emptyDraft();

/** The field's own rule from the schema: the form and the store can never disagree. */
function fieldCheck(key: ResellerField, value: string): { error?: string; normalised?: string } {
  const result = resellerSchema.shape[key].safeParse(value);
  if (result.success) return { normalised: String(result.data) };
  return { error: result.error.issues[0]?.message ?? 'Not valid' };
}

/**
 * The reseller's own details, which the portal's customer form gets so Microsoft contacts the
 * reseller. Saving writes only the fields changed here, so another page's edit is never lost.
 */
export function ResellerProfileForm({ stored }: { stored: Reseller | null }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(stored));
  const [dirty, setDirty] = useState<ReadonlySet<ResellerField>>(new Set());
  const [shown, setShown] = useState<ReadonlySet<ResellerField>>(new Set());
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Another page saved: take its values for every field not being edited here.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    setDraft((current) => {
      const fromStore = draftOf(stored);
      const next = { ...current };
      for (const key of RESELLER_FIELDS) if (!dirtyRef.current.has(key)) next[key] = fromStore[key];
      return next;
    });
  }, [stored]);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const save = useMutation({
    mutationFn: (changed: Partial<Draft>) => saveResellerFields(changed),
    onSuccess: (saved, changed) => {
      // Fields typed into while saving stay dirty; the rest show what was stored.
      const settled = (Object.keys(changed) as ResellerField[]).filter(
        (key) => draftRef.current[key] === changed[key],
      );
      const fromStore = draftOf(saved.reseller);
      setDraft((current) => ({
        ...current,
        ...Object.fromEntries(settled.map((key) => [key, fromStore[key]])),
      }));
      setDirty((current) => new Set([...current].filter((key) => !settled.includes(key))));
      setShown(new Set());
      setStatus({ kind: 'saved', text: 'Reseller profile saved.' });
    },
    onError: (error) => setStatus({ kind: 'error', text: failureMessage('Not saved', error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.store }),
  });

  const change = (key: ResellerField, value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setDirty((current) => new Set(current).add(key));
    setStatus(null);
  };

  const blur = (key: ResellerField) => {
    setShown((current) => new Set(current).add(key));
    const { normalised } = fieldCheck(key, draft[key]);
    // Show the tidy form of a valid value (e.g. a phone number's spacing) once the field is left.
    if (normalised !== undefined && normalised !== draft[key] && dirty.has(key)) {
      setDraft((current) => ({ ...current, [key]: normalised }));
    }
  };

  const errors = Object.fromEntries(
    RESELLER_FIELDS.map((key) => [key, fieldCheck(key, draft[key]).error]),
  ) as Record<ResellerField, string | undefined>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = RESELLER_FIELDS.filter((key) => errors[key]);
    if (invalid.length > 0) {
      setShown(new Set(RESELLER_FIELDS));
      setStatus({
        kind: 'error',
        text: `Not saved: ${invalid.length === 1 ? 'one field needs' : `${invalid.length} fields need`} attention.`,
      });
      formRef.current?.querySelector<HTMLElement>(`[name="${invalid[0]}"]`)?.focus();
      return;
    }
    const keys = stored ? [...dirty] : RESELLER_FIELDS;
    if (keys.length === 0) {
      setStatus({ kind: 'saved', text: 'Nothing changed.' });
      return;
    }
    save.mutate(Object.fromEntries(keys.map((key) => [key, draft[key]])));
  };

  return (
    <form
      ref={formRef}
      className="profile-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="profile-heading"
    >
      <h2 id="profile-heading">Reseller profile</h2>
      <p className="lead">
        Your own business details. The portal's new-customer form gets these with the client's company name,
        so Microsoft contacts you, not your client.
      </p>
      <div className="grid">
        {RESELLER_FIELDS.map((key) => {
          const input = PROFILE_INPUTS[key];
          const error = shown.has(key) ? errors[key] : undefined;
          if (key === 'state') {
            return (
              <SelectField
                key={key}
                name={key}
                label={input.label}
                required
                value={draft.state}
                options={STATE_OPTIONS}
                error={error}
                onChange={(value) => change(key, value)}
                onBlur={() => blur(key)}
              />
            );
          }
          return (
            <TextField
              key={key}
              name={key}
              label={input.label}
              required={input.required}
              type={input.type}
              autoComplete={input.autoComplete}
              inputMode={input.inputMode}
              hint={input.hint}
              value={draft[key]}
              error={error}
              onChange={(value) => change(key, value)}
              onBlur={() => blur(key)}
            />
          );
        })}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
        {status && (
          <p
            className={`status ${status.kind}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="profile-status"
          >
            {status.text}
          </p>
        )}
      </div>
    </form>
  );
}
