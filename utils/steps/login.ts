import { phrases } from '../words/match';
import type { StepModule } from './types';

// The guide starts at https://hub.leadercloud.com.au/login/?refurl=%2f. The assistant only says
// "sign in first": it never reads or fills the credentials (password fields are never collected).
export const login: StepModule = {
  id: 'login',
  guidance: 'Sign in to Leader Cloud Hub first. The assistant never reads or fills your sign-in details.',
  // A password box alone is not enough: "My account" pages change passwords too.
  evidence: [
    { in: 'password-field', weight: 3 },
    { in: 'url', match: /^\/login(\/|$)/i, weight: 3 },
    { in: 'button', words: phrases(['signin']), weight: 2 },
    { in: 'heading', words: phrases(['signin']), weight: 1 },
  ],
  fields: [],
  // Nothing of a client is on the sign-in form, and reaching it is not progress.
  namesClients: false,
  reached: () => ({ record: 'nothing' }),
};
