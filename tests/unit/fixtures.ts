import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../../utils/model/client';

export const BACKUPS_DIR = join(__dirname, '../fixtures/backups');
export const backupText = (name: string) => readFileSync(join(BACKUPS_DIR, name), 'utf8');
export const backupNames = () => readdirSync(BACKUPS_DIR).filter((name) => name.endsWith('.json'));

/** A valid stored client, queued, with one licence. */
export const client = (id: string, extra: Partial<Client> = {}): Client => ({
  id,
  companyName: `Client ${id}`,
  defaultDomain: `${id}.com.au`,
  tenantPrefix: id,
  existingTenant: true,
  abn: '',
  licenses: [{ name: 'Office 365 E3', quantity: 1 }],
  notes: '',
  status: 'queued',
  history: [],
  ...extra,
});
