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
const seconds = Number(process.argv[3] ?? 3);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.waitForTimeout(seconds * 1000);
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
// Each sample to the innermost content-script function on its stack (its file is portal.js), so
// the browser work it asks for (a getter, a selector match) counts to the function that asked.
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const withNatives = new Map<string, number>();
(profile.samples ?? []).forEach((id, i) => {
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = nodes.get(at)?.callFrame;
    if (!frame?.url.includes('portal.js')) continue;
    const key = `${frame.functionName || '(anonymous)'} portal.js:${frame.lineNumber}`;
    withNatives.set(key, (withNatives.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    break;
  }
});
const nativeTotal = [...withNatives.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`content script with the browser work it asks for: ${(nativeTotal / seconds).toFixed(2)} ms/s`);
for (const [key, ms] of [...withNatives].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${(ms / seconds).toFixed(3).padStart(8)} ms/s  ${key}`);
// The content script's own functions alone (its file is portal.js), per second of the profile.
const own = [...selfMs].filter(([key]) => key.includes('portal.js'));
const ownTotal = own.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`content script: ${(ownTotal / seconds).toFixed(2)} ms/s of self time in its functions`);
for (const [key, ms] of own.sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${(ms / seconds).toFixed(3).padStart(8)} ms/s  ${key}`);
await session.close();
