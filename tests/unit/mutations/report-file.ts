import { existsSync, readFileSync } from 'node:fs';
import { REPORT_PATH } from './report';

const HEADER = `# The mutation matrix, last run

Written by \`LCA_MATRIX_REPORT=1 npx vitest run tests/unit/mutations\` (matrix.test.ts writes the
single changes, combinations.test.ts the random combinations of three). See README.md beside it.
`;

/** last-run.md as it is, or its header when there is none yet. */
export const readReport = (): string =>
  existsSync(REPORT_PATH) ? readFileSync(REPORT_PATH, 'utf8') : HEADER;
