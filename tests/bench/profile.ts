// `npm run profile`: where the content script spends its time on the worst-case catalogue page
// (a new field every 50 ms), from a 3-second CPU profile of the page's main thread. Build with
// LCA_NO_MINIFY=1 first (`LCA_NO_MINIFY=1 npm run build`) to see function names.

import { launchWithExtension, PORTAL } from '../tools/launch.ts';
import { cataloguePage } from './catalogue-page.ts';

const session = await launchWithExtension();
session.showPortal(
  cataloguePage({ products: 1200, churn: (process.argv[2] as 'text' | 'offer' | 'field') ?? 'field' }),
);
const page = await session.context.newPage();
const cdp = await session.context.newCDPSession(page);
await page.goto(`${PORTAL}/bench/catalogue`);
await page.waitForTimeout(1500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const selfMs = new Map<string, number>();
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) return;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
  selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
});
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
await session.close();
