/** Leader Systems' Cloud Hub: the only host the extension works on without asking. */
export const PORTAL_ORIGIN = 'https://hub.leadercloud.com.au';
