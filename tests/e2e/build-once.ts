import { execFileSync } from 'node:child_process';
import { ROOT } from '../tools/launch.ts';

// The e2e tests drive the production builds, made fresh so they never test stale output. Vitest sets
// NODE_ENV=test, which would make Vite mix React's development JSX runtime into a production build.
export default function buildExtension(): void {
  for (const args of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
    execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, ...args], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
