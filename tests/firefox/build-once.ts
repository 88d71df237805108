import { findFirefox } from '../tools/firefox.ts';
import { buildExtension } from '../tools/launch.ts';

export default function buildFirefox(): void {
  // No Firefox is a failure with the way out in its message, before a build for nothing.
  findFirefox();
  // The Firefox tests drive the production build, made fresh so they never test stale output.
  buildExtension('firefox');
}
