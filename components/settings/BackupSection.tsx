import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { backupFileName, downloadJson } from '../../utils/download';
import { parseBackupText } from '../../utils/model/backup';
import { queryKeys } from '../../utils/queries';
import type { StoreRead } from '../../utils/storage/read';
import { backupOf, restoreBackup } from '../../utils/storage/restore';
import { failureMessage } from '../../utils/storage/write-errors';
import { fileTooLarge, MAX_BACKUP_BYTES } from '../../utils/values/file-size';

type Outcome = { kind: 'restored' | 'refused'; text: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Export to a JSON file, and restore from one: the whole file or nothing (SCREENS.md). */
export function BackupSection({ store }: { store: StoreRead }) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const restore = useMutation({
    mutationFn: async (file: File) => {
      const tooLarge = fileTooLarge(file, MAX_BACKUP_BYTES, 'backup');
      if (tooLarge) return { ok: false as const, file: file.name, tooLarge };
      // Read and checked before the store's lock is taken: restoreBackup holds it only to write.
      const parsed = parseBackupText(await file.text());
      if (!parsed.ok) return { ...parsed, file: file.name };
      const { data, keptCopies } = await restoreBackup(parsed.backup, file.name);
      return {
        ok: true as const,
        file: file.name,
        data,
        keptCopies,
        hadReseller: Boolean(parsed.backup.reseller),
      };
    },
    onSuccess: (result) => {
      if (!result.ok) {
        setOutcome({
          kind: 'refused',
          text:
            'tooLarge' in result
              ? `Nothing was restored: ${result.tooLarge}`
              : `Nothing was restored: in ${result.file}, ${result.path} ${result.message}.`,
        });
        return;
      }
      const what = [plural(result.data.clients.length, 'client', 'clients')];
      what.push(result.hadReseller ? 'the reseller profile' : 'no reseller profile (yours was kept)');
      setOutcome({
        kind: 'restored',
        text: `Restored ${what.join(' and ')} from ${result.file}.${result.keptCopies > 0 ? ' What was here before is kept under Recovery copies.' : ''}`,
      });
    },
    onError: (error) => setOutcome({ kind: 'refused', text: failureMessage('Nothing was restored', error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.store }),
  });

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again restores again.
    event.target.value = '';
    if (file) {
      setOutcome(null);
      restore.mutate(file);
    }
  };

  const { data, problems } = store;
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p className="lead">
        {plural(data.clients.length, 'client', 'clients')} stored,{' '}
        {data.reseller ? 'reseller profile set up' : 'no reseller profile yet'}. Keep a backup before moving
        to another computer or browser.
      </p>
      {problems.length > 0 && (
        <p className="warning" role="note">
          Some stored data could not be read and is not in the backup; see Stored data problems below.
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          data-testid="export-backup"
          onClick={() => downloadJson(backupFileName(), backupOf(data))}
        >
          Export backup
        </button>
        <label className="file-button">
          <span>Restore from a backup file…</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="restore-backup"
            disabled={restore.isPending}
            onChange={chooseFile}
          />
        </label>
      </div>
      <p className="hint">
        Restoring replaces the clients (and the reseller profile, when the file has one). A file with any
        error changes nothing.
      </p>
      {outcome && (
        <p
          className={`status ${outcome.kind === 'restored' ? 'saved' : 'error'}`}
          role={outcome.kind === 'refused' ? 'alert' : 'status'}
          data-testid="restore-result"
          data-outcome={outcome.kind}
        >
          {outcome.text}
        </p>
      )}
    </section>
  );
}
