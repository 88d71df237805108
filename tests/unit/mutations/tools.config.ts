import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../../vitest.config';

// The matrix's tools (case.tool.ts: one case looked at closely; keep-one.tool.ts: keep one failure
// as a pending page), run on request, not as tests:
//   LCA_MATRIX_CASE="<style>/<page> <change>" npx vitest run --config tests/unit/mutations/tools.config.ts case
export default mergeConfig(base, defineConfig({ test: { include: ['tests/unit/mutations/*.tool.ts'] } }));
