import type { StepModule } from './types';

// The guide starts at https://hub.leadercloud.com.au/login/?refurl=%2f. The assistant only says
// "sign in first": it never reads or fills the credentials (password fields are never collected).
export const login: StepModule = {
  id: 'login',
  guidance: 'Sign in to Leader Cloud Hub first. The assistant never reads or fills your sign-in details.',
  landmarks: [
    // A password box alone is not enough: "My account" pages change passwords too.
    { in: 'password-field', match: /./, weight: 3, essential: true },
    { in: 'url', match: /^\/login(\/|$)/i, weight: 3, essential: true },
    { in: 'button', match: /^(log ?in|sign ?in)$/i, weight: 2 },
    { in: 'heading', match: /\b(log ?in|sign ?in)\b/i, weight: 1 },
  ],
  fields: [],
  // Nothing of a client is on the sign-in form, and reaching it is not progress.
  namesClients: false,
  reached: () => ({ record: 'nothing' }),
};
