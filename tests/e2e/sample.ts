import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupText } from '../../utils/model/backup';
import { type ExtensionSession, ROOT, setStoredValues } from '../tools/launch.ts';

/** The sample reseller and clients (tests/fixtures/backups/v1-full.json), stored as the app stores them. */
export function sampleBackup() {
  const parsed = parseBackupText(readFileSync(join(ROOT, 'tests/fixtures/backups/v1-full.json'), 'utf8'));
  if (!parsed.ok || !parsed.backup.reseller) throw new Error('v1-full.json no longer parses');
  return parsed.backup;
}

export async function storeSample(
  session: ExtensionSession,
  change: (backup: ReturnType<typeof sampleBackup>) => void = () => {},
) {
  const backup = sampleBackup();
  change(backup);
  await setStoredValues(session, {
    reseller: backup.reseller,
    clients: backup.clients,
    activeClientId: backup.activeClientId,
  });
  return backup;
}
