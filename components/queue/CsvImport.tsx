import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import {
  type CsvPreview,
  type CsvRead,
  clientsAfterImport,
  clientsToCsv,
  previewAgainst,
  readClientsCsv,
} from '../../utils/csv/clients-csv';
import { orderedLines, ordersToCsv } from '../../utils/csv/orders-csv';
import { backupFileName, downloadText } from '../../utils/download';
import type { Client } from '../../utils/model/client';
import { queryKeys } from '../../utils/queries';
import { readStore } from '../../utils/storage/read';
import { updateStore } from '../../utils/storage/write';
import { failureMessage } from '../../utils/storage/write-errors';
import { fileTooLarge, MAX_CSV_BYTES } from '../../utils/values/file-size';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * CSV import with a preview (nothing stored until confirmed) and CSV export. The file is parsed
 * once, outside the store's lock; its rows are compared again with the stored clients when the
 * import is confirmed, so a change made meanwhile in another page is merged, not overwritten.
 */
export function CsvImport({
  clients,
  onDone,
}: {
  /** The stored clients; null while the popup is still reading them (the list shows first). */
  clients: readonly Client[] | null;
  onDone(message: string): void;
}) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; read: CsvRead; preview: CsvPreview } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<'merge' | 'skip'>('merge');
  const confirm = useMutation({
    mutationFn: async (read: CsvRead) => {
      let added = 0;
      await updateStore((data) => {
        const preview = previewAgainst(read, data.clients);
        added = preview.clients.length + (duplicates === 'merge' ? preview.duplicates.length : 0);
        return { clients: clientsAfterImport(data.clients, preview, duplicates) };
      });
      return added;
    },
    onSuccess: (count) => {
      setFile(null);
      onDone(`Imported ${plural(count, 'client', 'clients')}.`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.store }),
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setFile(null);
    const tooLarge = fileTooLarge(chosen, MAX_CSV_BYTES, 'client CSV');
    setRefused(tooLarge);
    if (tooLarge) return;
    const read = readClientsCsv(await chosen.text());
    const stored = clients ?? (await readStore()).data.clients;
    setFile({ name: chosen.name, read, preview: previewAgainst(read, stored) });
  };

  const preview = file?.preview;
  const importable = preview
    ? preview.clients.length + (duplicates === 'merge' ? preview.duplicates.length : 0)
    : 0;
  return (
    <section className="csv" aria-label="Import and export">
      <div className="actions">
        <label className="file-button">
          Import CSV…
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="import-csv"
            onChange={(e) => void choose(e)}
          />
        </label>
        <button
          type="button"
          data-testid="export-csv"
          disabled={!clients || clients.length === 0}
          onClick={() =>
            clients &&
            downloadText(backupFileName(new Date(), 'clients', 'csv'), clientsToCsv(clients), 'text/csv')
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          data-testid="export-orders"
          disabled={!clients || orderedLines(clients) === 0}
          title="One row per ordered product, for billing"
          onClick={() =>
            clients &&
            downloadText(backupFileName(new Date(), 'orders', 'csv'), ordersToCsv(clients), 'text/csv')
          }
        >
          Export orders
        </button>
      </div>
      {refused && (
        <p className="status error" role="alert" data-testid="import-refused">
          Nothing was imported: {refused}
        </p>
      )}
      {file && preview && (
        <div className="csv-preview" data-testid="import-preview">
          <h2>Import {file.name}</h2>
          {preview.fileProblem ? (
            <p className="status error" role="alert">
              {preview.fileProblem}
            </p>
          ) : (
            <>
              <p>
                {plural(preview.clients.length, 'new client', 'new clients')} to add
                {preview.duplicates.length > 0 &&
                  `, ${plural(preview.duplicates.length, 'row matches a stored client', 'rows match stored clients')} by domain`}
                {preview.problems.length > 0 &&
                  `, ${plural(preview.problems.length, 'row has a problem', 'rows have problems')} and will be left out`}
                .
              </p>
              {preview.extraColumns.length > 0 && (
                <p className="hint">Columns ignored: {preview.extraColumns.join(', ')}.</p>
              )}
              {preview.duplicates.length > 0 && (
                <label className="field">
                  <span>
                    Clients already stored ({preview.duplicates.map((d) => d.existing.companyName).join(', ')}
                    )
                  </span>
                  <select
                    value={duplicates}
                    onChange={(e) => setDuplicates(e.target.value as 'merge' | 'skip')}
                  >
                    <option value="merge">Update them from the file</option>
                    <option value="skip">Leave them as they are</option>
                  </select>
                </label>
              )}
              {preview.problems.length > 0 && (
                <ul className="csv-problems" aria-label="Rows left out">
                  {preview.problems.map((p) => (
                    <li key={`${p.row}-${p.column}`} data-row={p.row} data-column={p.column}>
                      Row {p.row}, {p.column}: {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {confirm.error && (
            <p className="status error" role="alert">
              {failureMessage('Nothing was imported', confirm.error)}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="import-confirm"
              disabled={importable === 0 || confirm.isPending}
              onClick={() => confirm.mutate(file.read)}
            >
              Import {plural(importable, 'client', 'clients')}
            </button>
            <button type="button" onClick={() => setFile(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
