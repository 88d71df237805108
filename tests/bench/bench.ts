// `npm run bench`: the assistant's cost in real Chromium, each figure against the same page without
// the assistant in the same run. The "without" page is served from a host the content script does
// not match, in the same browser, and runs alternate with the "with" runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { portalFixtures } from '../fixtures/portal.ts';
import { BENCH_BUILD, buildExtension, launchWithExtension, PORTAL, ROOT } from '../tools/launch.ts';
import { cataloguePage } from './catalogue-page.ts';
import { queueBench } from './queue.ts';

const RUN_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PRODUCTS = 1200;
const BIG_PRODUCTS = 5000;
const OTHER_HOST = 'https://bench-without-assistant.invalid';

// The store build, for its size; the bench build (the same with a busy-time counter) is measured.
buildExtension();
buildExtension('chrome', 'pipe', { benchCounter: true });
const session = await launchWithExtension({ extensionDir: BENCH_BUILD });
// BENCH_PAGES=text,field (say) runs only those pages; BENCH_ONLY=queue runs the queue alone.
const only = process.env.BENCH_PAGES?.split(',');
const allPages = {
  text: ['prices and counters', cataloguePage({ products: PRODUCTS, churn: 'text' })],
  offer: ['a rotating offer (new elements)', cataloguePage({ products: PRODUCTS, churn: 'offer' })],
  field: ['a new field every tick (worst case)', cataloguePage({ products: PRODUCTS, churn: 'field' })],
  // The worst case on a page four times as big: the cost should follow what changes, not the page.
  big: [
    `the same, ${BIG_PRODUCTS.toLocaleString('en-AU')} cards`,
    cataloguePage({ products: BIG_PRODUCTS, churn: 'field' }),
  ],
} as const;
const pages = Object.fromEntries(
  Object.entries(allPages)
    .filter(([key]) => !only || only.includes(key))
    .map(([, [name, html]]) => [name, html]),
);
let current = allPages.text[1] as string;
await session.context.route(`${OTHER_HOST}/**`, (route) =>
  route.fulfill({ contentType: 'text/html', body: current }),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/**
 * Main-thread busy time (ms) per second of page life, from Chromium's own task accounting, and the
 * content script's own busy time, from the counter it keeps in its isolated world.
 */
async function mainThreadMsPerSecond(
  url: string,
): Promise<{ msPerSecond: number; elements: number; assistant: boolean; ownMsPerSecond: number }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The content script's isolated world, where it keeps its busy-time counter.
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Leader CSP Assistant') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForTimeout(1500); // first detection and layout done
  const busy = async () => {
    const contextId = worlds[worlds.length - 1];
    if (contextId === undefined) return 0;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'globalThis.leaderCspAssistantBusyMs ?? 0',
      contextId,
    });
    return Number(result.value ?? 0);
  };
  const busyStart = await busy();
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), time: get('Timestamp') };
  };
  const start = await metric();
  await page.waitForTimeout(RUN_SECONDS * 1000);
  const end = await metric();
  const busyEnd = await busy();
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const assistant = (await page.locator('leader-csp-assistant').count()) === 1;
  await page.close();
  const seconds = end.time - start.time;
  return {
    msPerSecond: ((end.task - start.task) * 1000) / seconds,
    elements,
    assistant,
    ownMsPerSecond: (busyEnd - busyStart) / seconds,
  };
}

/** A new page on `url`, with its DevTools session, once the first detection and layout are done. */
async function settledPage(url: string) {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await page.goto(url);
  await page.waitForTimeout(1500);
  return { page, cdp };
}

/**
 * The content script's own main-thread time (ms per second), from a CPU profile of the page: every
 * sample whose stack passes through the content script, including the browser work it calls
 * (style, layout reads). Precise where the with/without difference drowns in the page's noise.
 */
async function attributedMsPerSecond(url: string): Promise<number> {
  const { page, cdp } = await settledPage(url);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.waitForTimeout(RUN_SECONDS * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const seconds = (Date.now() - started) / 1000;
  await page.close();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      Boolean(node?.callFrame.url.includes('/content-scripts/portal.js')) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let micros = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) micros += profile.timeDeltas?.[i] ?? 0;
  });
  return micros / 1000 / seconds;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/**
 * The content script's CPU time (ms per second), from a trace of the page: the thread time
 * (`tdur`) of every call into the content script (its DOM-change handler, its frame and idle
 * callbacks), with the browser work they ask for inside them. Thread time does not count the
 * moments the machine gives the core to something else, so unlike the two figures above it holds
 * on a busy machine.
 */
async function cpuMsPerSecond(url: string): Promise<{ cpu: number; wall: number; calls: number }> {
  const { page, cdp } = await settledPage(url);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const started = Date.now();
  await page.waitForTimeout(RUN_SECONDS * 1000);
  await cdp.send('Tracing.end');
  const seconds = (Date.now() - started) / 1000;
  await complete;
  await page.close();
  const ours = events
    .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.args?.data?.url?.includes('/portal.js'))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let calls = 0;
  let until = 0;
  for (const event of ours) {
    // A call inside one already counted (a callback run within another) is in its time.
    if (event.ts < until) continue;
    until = event.ts + (event.dur ?? 0);
    cpu += event.tdur ?? 0;
    wall += event.dur ?? 0;
    calls++;
  }
  return { cpu: cpu / 1000 / seconds, wall: wall / 1000 / seconds, calls: calls / seconds };
}

const results: Record<string, unknown> = {};
// BENCH_ONLY=queue runs the client queue's figures alone; BENCH_ONLY=assistant, the assistant's.
const assistantFigures = process.env.BENCH_ONLY !== 'queue';
for (const [scenario, html] of assistantFigures ? Object.entries(pages) : []) {
  current = html;
  session.showPortal(html);
  const withAssistant: number[] = [];
  const own: number[] = [];
  const without: number[] = [];
  let elements = 0;
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate, so drift in the machine's load hits both sides alike.
    const a = await mainThreadMsPerSecond(`${PORTAL}/bench/catalogue`);
    const b = await mainThreadMsPerSecond(`${OTHER_HOST}/bench/catalogue`);
    if (!a.assistant || b.assistant)
      throw new Error('the assistant ran where it should not, or not where it should');
    withAssistant.push(a.msPerSecond);
    own.push(a.ownMsPerSecond);
    without.push(b.msPerSecond);
    elements = a.elements;
  }
  const extra = median(withAssistant) - median(without);
  const attributed = await attributedMsPerSecond(`${PORTAL}/bench/catalogue`);
  const traced: { cpu: number; wall: number; calls: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) traced.push(await cpuMsPerSecond(`${PORTAL}/bench/catalogue`));
  results[scenario] = {
    assistantCpuMsPerSecond: round(median(traced.map((t) => t.cpu))),
    assistantTracedWallMsPerSecond: round(median(traced.map((t) => t.wall))),
    callsPerSecond: round(median(traced.map((t) => t.calls)), 1),
    assistantBusyMsPerSecond: round(median(own)),
    profiledMsPerSecond: round(attributed),
    elements,
    mutationEveryMs: 50,
    withoutMsPerSecond: round(median(without)),
    withMsPerSecond: round(median(withAssistant)),
    extraMsPerSecond: round(extra),
    ratio: round(median(withAssistant) / median(without), 3),
    runs: { with: withAssistant.map((x) => round(x)), without: without.map((x) => round(x)) },
  };
  console.log(
    `${scenario}: ${elements} elements, main thread ${round(median(without))} ms/s without, ${round(median(withAssistant))} ms/s with the assistant: +${round(extra)} ms per second (×${round(median(withAssistant) / median(without), 3)}); the content script's CPU time ${round(median(traced.map((t) => t.cpu)))} ms/s, its busy counter ${round(median(own))} ms/s`,
  );
}

/** From a dialog appearing to data-step changing; the baseline is the page's own next frame. */
async function stepLatency(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  // Only the styles whose service-details page holds its dialog, opened in place by a `data-opens`
  // button: the bootstrap-like page gets it from the server (Verify posts), the legacy-material one
  // builds it on demand ($mdDialog), so there is nothing in their page to show.
  const withDialog = portalFixtures().filter(
    (f) => f.name === 'service-details' && f.html.includes('data-opens='),
  );
  for (const fixture of withDialog) {
    session.showPortal(fixture.html);
    const page: Page = await session.context.newPage();
    await page.goto(fixture.url);
    await page.locator('leader-csp-assistant[data-step="service-details"]').waitFor({ state: 'attached' });
    const samples = await page.evaluate(async () => {
      const host = document.querySelector('leader-csp-assistant');
      const dialog = document.querySelector<HTMLElement>('[data-opens]');
      const target = dialog && document.getElementById(dialog.getAttribute('data-opens') ?? '');
      if (!host || !target) throw new Error('no dialog to open');
      const wait = (step: string) =>
        new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (host.getAttribute('data-step') === step) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(host, { attributes: true });
        });
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const latency: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < 15; i++) {
        const shown = wait('default-domain');
        const start = performance.now();
        target.hidden = false;
        target.style.display = 'block';
        const framed = nextFrame();
        latency.push((await shown) - start);
        frame.push((await framed) - start);
        const hidden = wait('service-details');
        target.style.display = 'none';
        target.hidden = true;
        await hidden;
      }
      return { latency, frame };
    });
    await page.close();
    out[fixture.style] = {
      medianMs: round(median(samples.latency), 1),
      maxMs: round(Math.max(...samples.latency), 1),
      pageNextFrameMedianMs: round(median(samples.frame), 1),
    };
    console.log(
      `step change (${fixture.style}): median ${round(median(samples.latency), 1)} ms, max ${round(Math.max(...samples.latency), 1)} ms (the page's own next frame: ${round(median(samples.frame), 1)} ms)`,
    );
  }
  return out;
}
if (assistantFigures) results.stepChange = await stepLatency();
if (process.env.BENCH_ONLY !== 'assistant') results.queue = await queueBench(session, ROUNDS);

const script = readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/portal.js'));
results.contentScript = { bytes: script.length, gzipBytes: gzipSync(script).length };
console.log(`content script: ${script.length} bytes, ${gzipSync(script).length} gzipped`);

await session.close();
mkdirSync(join(ROOT, '.reports'), { recursive: true });
writeFileSync(join(ROOT, '.reports/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Figures written to .reports/bench.json');
