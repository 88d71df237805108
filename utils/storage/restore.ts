import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../model/backup';
import { type DataKey, STORE_ITEMS, type StoreData, type StoreKey } from './items';
import { readStoreInLock, type StoredProblem } from './read';
import { boundedCopy, type RecoveryEntry, withCopies } from './recovery';
import { lockedWrite, refuseIfUnreadable, validated, writeAll } from './write';

export function backupOf(data: StoreData, exportedAt = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    reseller: data.reseller,
    clients: data.clients,
    activeClientId: data.activeClientId,
  };
}

const isEmpty = (data: StoreData) => data.reseller === null && data.clients.length === 0;

function newRecoveryEntry(entry: Omit<RecoveryEntry, 'id' | 'savedAt'>, now: Date): RecoveryEntry {
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    savedAt: now.toISOString(),
    ...entry,
  };
}

// A value that could not be read can be of any size: its copy is bounded (recovery.ts).
function unreadableCopy(problem: StoredProblem, now: Date): RecoveryEntry {
  const { raw, cut } = boundedCopy(problem.raw);
  const note = cut ? `${problem.message}; ${cut}` : problem.message;
  return newRecoveryEntry({ key: problem.key, reason: 'unreadable', note, raw }, now);
}

/**
 * Replaces the stored data with a validated backup, all at once. What it replaces is kept first as
 * a recovery copy (a backup file of its own), and so is any value that could not be read; only the
 * latest copies are kept (recovery.ts).
 */
export async function restoreBackup(
  backup: Backup,
  source: string,
  now = new Date(),
): Promise<{ data: StoreData; keptCopies: number }> {
  return lockedWrite(async () => {
    const { data, recovery, problems } = await readStoreInLock();
    refuseIfUnreadable(problems, ['recovery']);
    const keepReseller = backup.reseller === null || backup.reseller === undefined;
    // What a backup does not hold (taught fields, any value added later) is kept as it is.
    const next: StoreData = {
      ...data,
      reseller: keepReseller ? data.reseller : (backup.reseller ?? null),
      clients: backup.clients,
      activeClientId: backup.activeClientId,
    };
    const replacedKeys: DataKey[] = keepReseller
      ? ['clients', 'activeClientId']
      : ['reseller', 'clients', 'activeClientId'];
    const saved: RecoveryEntry[] = [];
    for (const problem of problems.filter((p) => (replacedKeys as StoreKey[]).includes(p.key))) {
      saved.push(unreadableCopy(problem, now));
    }
    if (!isEmpty(data)) {
      saved.push(
        newRecoveryEntry(
          {
            key: 'all',
            reason: 'replaced-by-restore',
            note: `Replaced by restoring ${source}`,
            raw: backupOf(data, now),
          },
          now,
        ),
      );
    }
    await writeAll([
      ...replacedKeys.map((key) => ({ key, value: validated(key, next[key]) })),
      ...(saved.length > 0
        ? [{ key: 'recovery' as const, value: validated('recovery', withCopies(recovery, ...saved)) }]
        : []),
    ]);
    return { data: next, keptCopies: saved.length };
  });
}

/** Moves an unreadable value into the recovery copies and starts that value afresh. */
export async function setAsideUnreadable(key: StoreKey, now = new Date()): Promise<void> {
  await lockedWrite(async () => {
    const { recovery, problems } = await readStoreInLock();
    const problem = problems.find((p) => p.key === key);
    if (!problem) return;
    if (key === 'recovery') {
      // The recovery list itself is unreadable: keep it whole, as the first entry of a new list.
      await writeAll([{ key, value: [unreadableCopy(problem, now)] }]);
      return;
    }
    refuseIfUnreadable(problems, ['recovery']);
    await writeAll([
      { key, value: STORE_ITEMS[key].fallback },
      { key: 'recovery', value: validated('recovery', withCopies(recovery, unreadableCopy(problem, now))) },
    ]);
  });
}

/** Deletes a recovery copy the technician no longer needs. */
export async function deleteRecoveryEntry(id: string): Promise<void> {
  await lockedWrite(async () => {
    const { recovery, problems } = await readStoreInLock();
    refuseIfUnreadable(problems, ['recovery']);
    await writeAll([{ key: 'recovery', value: recovery.filter((entry) => entry.id !== id) }]);
  });
}
