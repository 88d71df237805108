import { buildExtension } from '../tools/launch.ts';

// The e2e tests drive the production builds, made fresh so they never test stale output.
export default function buildBoth(): void {
  buildExtension('chrome');
  buildExtension('firefox');
  // The optional Microsoft hosts granted in the manifest: a test cannot click the browser's prompt.
  buildExtension('chrome', 'pipe', { grantOptional: true });
}
