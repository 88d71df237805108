import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUPS_DIR = join(__dirname, '../fixtures/backups');
export const backupText = (name: string) => readFileSync(join(BACKUPS_DIR, name), 'utf8');
export const backupNames = () => readdirSync(BACKUPS_DIR).filter((name) => name.endsWith('.json'));
