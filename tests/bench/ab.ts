// `node tests/bench/ab.ts <dir>`: the content script's own time (ms per second of page life) of
// another bench build (main's, say: `WXT_BENCH_COUNTER=1 wxt build` there, then its
// .output/bench/chrome-mv3) against this one, in two browsers, runs alternating on the same
// catalogue pages: where `npm run bench`'s figures move with the machine's load, this compares.
// AB_PAGES=text,offer,field and AB_ROUNDS=4 by default.

import {
  BENCH_BUILD,
  buildExtension,
  type ExtensionSession,
  launchWithExtension,
  PORTAL,
} from '../tools/launch.ts';
import { type Churn, cataloguePage } from './catalogue-page.ts';

const other = process.argv[2];
if (!other) throw new Error('usage: node tests/bench/ab.ts <another bench build’s chrome-mv3 folder>');
const pages = (process.env.AB_PAGES ?? 'text,offer,field').split(',') as Churn[];
const rounds = Number(process.env.AB_ROUNDS ?? 4);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;

buildExtension('chrome', 'pipe', { benchCounter: true });
const before = await launchWithExtension({ extensionDir: other });
const after = await launchWithExtension({ extensionDir: BENCH_BUILD });

/** The counter's growth over 5 s of the page's life, as bench.ts reads it. */
async function ownMsPerSecond(session: ExtensionSession): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Leader CSP Assistant') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(`${PORTAL}/bench/catalogue`);
  await page.waitForTimeout(1500);
  const busy = async () => {
    const contextId = worlds[worlds.length - 1];
    if (contextId === undefined) return 0;
    const expression = 'globalThis.leaderCspAssistantBusyMs ?? 0';
    return Number((await cdp.send('Runtime.evaluate', { expression, contextId })).result.value ?? 0);
  };
  const started = Date.now();
  const busyStart = await busy();
  await page.waitForTimeout(5000);
  const busyEnd = await busy();
  const seconds = (Date.now() - started) / 1000;
  await page.close();
  return (busyEnd - busyStart) / seconds;
}

for (const churn of pages) {
  const html = cataloguePage({ products: 1200, churn });
  before.showPortal(html);
  after.showPortal(html);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(await ownMsPerSecond(before));
    b.push(await ownMsPerSecond(after));
  }
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log(
    `${churn}: ${median(a).toFixed(1)} ms/s (${runs(a)}) → ${median(b).toFixed(1)} ms/s (${runs(b)})`,
  );
}
await before.close();
await after.close();
