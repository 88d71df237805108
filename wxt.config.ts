import { defineConfig } from 'wxt';

// The portal is the only host the extension may touch by default. Microsoft 365 hosts come later
// as optional permissions, asked for from a click (see README, "Permissions").
export const PORTAL_ORIGIN = 'https://hub.leadercloud.com.au';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/module-react'],
  imports: false,
  // LCA_NO_MINIFY=1 keeps function names readable in a CPU profile.
  vite: () => ({ build: { minify: process.env.LCA_NO_MINIFY ? false : undefined } }),
  manifest: ({ browser }) => ({
    name: 'Leader CSP Assistant',
    description:
      'Guides Microsoft 365 client onboarding on Leader Cloud Hub: knows each checkout screen, fills a step in one click and never submits for you.',
    permissions: ['storage'],
    host_permissions: [`${PORTAL_ORIGIN}/*`],
    action: { default_title: 'Leader CSP Assistant' },
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
