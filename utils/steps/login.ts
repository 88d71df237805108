import { isVisible } from '../page/visibility';
import type { StepModule } from './types';

// The guide starts at https://hub.leadercloud.com.au/login/?refurl=%2f. The assistant only says
// "sign in first" here and never reads or fills the credentials.
export const login: StepModule = {
  id: 'login',
  guidance: 'Sign in to Leader Cloud Hub first. The assistant never reads or fills your sign-in details.',
  score(root, url) {
    let score = 0;
    if (/^\/login(\/|$)/i.test(url.pathname)) score += 2;
    const password = [...root.querySelectorAll('input[type="password"]')].some((input) => isVisible(input));
    if (password) score += 2;
    return score;
  },
};
