import { BILLING_CYCLES, type Client } from '../../utils/model/client';
import { TextField } from '../shared/TextField';

/** A licence row as typed: text until the client's schema checks it. */
export interface LicenceDraft {
  name: string;
  quantity: string;
  billingCycle: string;
}

const newLicence = (): LicenceDraft => ({ name: '', quantity: '1', billingCycle: 'monthly' });

/** The client's licences as rows to edit; a new client starts with one empty row. */
export const licenceDrafts = (client: Client | null): LicenceDraft[] =>
  client?.licenses.map((l) => ({
    name: l.name,
    quantity: String(l.quantity),
    billingCycle: l.billingCycle ?? '',
  })) ?? [newLicence()];

/** The rows as the schema's input; a row left as it was added (no name, quantity 1) is dropped. */
export const licencesInput = (drafts: readonly LicenceDraft[]) =>
  drafts
    .filter((l) => l.name.trim() !== '' || l.quantity.trim() !== '1')
    .map((l) => ({
      name: l.name,
      quantity: Number(l.quantity),
      ...(l.billingCycle ? { billingCycle: l.billingCycle } : {}),
    }));

/** The licences to order: a row each, checked as it is left, with rows added and removed. */
export function LicencesEditor({
  licences,
  update,
  errorAt,
  show,
}: {
  licences: readonly LicenceDraft[];
  /** Changes the rows from their latest state (several changes may come before a render). */
  update(change: (licences: LicenceDraft[]) => LicenceDraft[]): void;
  /** The error shown for a path of the client's schema (`licenses[0].name`), once it is shown. */
  errorAt(path: string): string | undefined;
  /** Shows the error at that path from now on (the field was left). */
  show(path: string): void;
}) {
  const setLicence = (index: number, change: Partial<LicenceDraft>) =>
    update((rows) => rows.map((l, i) => (i === index ? { ...l, ...change } : l)));
  return (
    <fieldset>
      <legend>Licences to order</legend>
      {licences.map((licence, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div className="licence-row" key={index}>
          <TextField
            label="Licence"
            name={`licence-${index}-name`}
            value={licence.name}
            error={errorAt(`licenses[${index}].name`)}
            onChange={(v) => setLicence(index, { name: v })}
            onBlur={() => show(`licenses[${index}].name`)}
          />
          <TextField
            label="Quantity"
            name={`licence-${index}-quantity`}
            inputMode="numeric"
            value={licence.quantity}
            error={errorAt(`licenses[${index}].quantity`)}
            onChange={(v) => setLicence(index, { quantity: v })}
            onBlur={() => show(`licenses[${index}].quantity`)}
          />
          <label className="field">
            <span>Billing</span>
            <select
              value={licence.billingCycle}
              onChange={(e) => setLicence(index, { billingCycle: e.target.value })}
            >
              <option value="">Not set</option>
              {BILLING_CYCLES.map((cycle) => (
                <option key={cycle} value={cycle}>
                  {cycle === 'monthly' ? 'Monthly' : 'Annual'}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-label={`Remove licence ${index + 1}`}
            onClick={() => update((rows) => rows.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((rows) => [...rows, newLicence()])}>
        Add a licence
      </button>
    </fieldset>
  );
}
