import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backupFileName, downloadJson } from '../../utils/download';
import { queryKeys } from '../../utils/queries';
import { mediumTime } from '../../utils/queue/time';
import { STORE_ITEMS, type StoreKey } from '../../utils/storage/items';
import type { StoreRead } from '../../utils/storage/read';
import { MAX_RECOVERY_COPY_BYTES, storedBytes } from '../../utils/storage/recovery';
import { deleteRecoveryEntry, setAsideUnreadable } from '../../utils/storage/restore';
import { megabytes } from '../../utils/values/file-size';

const when = mediumTime;

/**
 * Stored values that could not be read, and the copies kept instead of losing data. Nothing here is
 * deleted unless the technician asks.
 */
export function StoredDataPanel({ store }: { store: StoreRead }) {
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.store });
  const setAside = useMutation({
    mutationFn: (key: StoreKey) => setAsideUnreadable(key),
    onSettled: invalidate,
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteRecoveryEntry(id), onSettled: invalidate });
  const failure = setAside.error ?? remove.error;

  if (store.problems.length === 0 && store.recovery.length === 0) return null;
  return (
    <section aria-labelledby="stored-heading">
      <h2 id="stored-heading">Stored data</h2>
      {store.problems.map((problem) => (
        <div
          key={problem.key}
          className="problem"
          role="alert"
          data-testid="stored-problem"
          data-key={problem.key}
        >
          <p>
            <strong>{STORE_ITEMS[problem.key].label} could not be read:</strong> {problem.message}. It is kept
            as it is and nothing will overwrite it.
          </p>
          {storedBytes(problem.raw) > MAX_RECOVERY_COPY_BYTES && (
            <p data-testid="too-large-to-copy">
              It is {megabytes(storedBytes(problem.raw))}: a recovery copy keeps at most{' '}
              {megabytes(MAX_RECOVERY_COPY_BYTES)} of it. Download a copy first to keep all of it.
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                downloadJson(backupFileName(new Date(), `unreadable-${problem.key}`), problem.raw)
              }
            >
              Download a copy
            </button>
            <button type="button" onClick={() => setAside.mutate(problem.key)} disabled={setAside.isPending}>
              Keep a copy and start afresh
            </button>
          </div>
        </div>
      ))}
      {failure && (
        <p className="status error" role="alert">
          {failure.message}
        </p>
      )}
      {store.recovery.length > 0 && (
        <>
          <h3>Recovery copies</h3>
          <ul className="recovery-list">
            {store.recovery.map((entry) => (
              <li key={entry.id} data-testid="recovery-entry">
                <span>
                  {when(entry.savedAt)}: {entry.note}
                </span>
                <span className="actions">
                  <button
                    type="button"
                    onClick={() =>
                      downloadJson(
                        backupFileName(new Date(entry.savedAt), `recovery-${entry.key}`),
                        entry.raw,
                      )
                    }
                  >
                    Download
                  </button>
                  {confirmDelete === entry.id ? (
                    <button type="button" className="danger" onClick={() => remove.mutate(entry.id)}>
                      Delete for good
                    </button>
                  ) : (
                    <button type="button" onClick={() => setConfirmDelete(entry.id)}>
                      Delete…
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
