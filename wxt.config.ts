import { defineConfig } from 'wxt';

import { OPTIONAL_ORIGINS } from './utils/m365/hosts';
import { PORTAL_ORIGIN } from './utils/model/hosts';

// The portal is the only host the extension may touch by default. Microsoft 365's admin center
// and sign-in hosts are optional permissions, asked for from a click (see README, "Permissions").

// LCA_GRANT_OPTIONAL=1 builds the e2e tests' copy into .output/granted/: the optional hosts granted
// in the manifest, because a test cannot click the browser's permission prompt.
const grantOptional = process.env.LCA_GRANT_OPTIONAL === '1';
// WXT_BENCH_COUNTER=1 builds `npm run bench`'s copy into .output/bench/: the content script counts
// its own busy time there (the store build carries no counter).
const benchCounter = process.env.WXT_BENCH_COUNTER === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/module-react'],
  imports: false,
  outDir: grantOptional ? '.output/granted' : benchCounter ? '.output/bench' : '.output',
  // LCA_NO_MINIFY=1 keeps function names readable in a CPU profile.
  vite: () => ({ build: { minify: process.env.LCA_NO_MINIFY ? false : undefined } }),
  manifest: ({ browser }) => ({
    name: 'Leader CSP Assistant',
    description:
      'Guides Microsoft 365 client onboarding on Leader Cloud Hub: knows each checkout screen, fills a step in one click and never submits for you.',
    // scripting: to read the admin center's Domains list or products, in that tab only, when asked.
    // alarms and notifications: the licences reminder five minutes after an order (README, "Permissions").
    permissions: ['storage', 'scripting', 'alarms', 'notifications'],
    host_permissions: [`${PORTAL_ORIGIN}/*`, ...(grantOptional ? OPTIONAL_ORIGINS : [])],
    ...(grantOptional ? {} : { optional_host_permissions: OPTIONAL_ORIGINS }),
    action: { default_title: 'Leader CSP Assistant' },
    // The panel: an extension page the content script frames on the portal (and only there).
    web_accessible_resources: [
      {
        // Firefox loads what the framed page loads (its scripts and styles) as from the portal.
        resources: browser === 'firefox' ? ['overlay.html', 'chunks/*', 'assets/*'] : ['overlay.html'],
        matches: [`${PORTAL_ORIGIN}/*`],
        // Chrome: the frame's address does not give the extension's id away to the page.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leader-csp-assistant@msp-tools.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
