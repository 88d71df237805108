import { buildExtension } from '../tools/launch.ts';

// The e2e tests drive the production builds, made fresh so they never test stale output.
export default function buildBoth(): void {
  buildExtension('chrome');
  buildExtension('firefox');
}
