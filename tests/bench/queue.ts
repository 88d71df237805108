// The client queue at scale, in real Chromium: the popup's first render and a search keystroke
// with 1,000 clients stored, against the same page with a small queue in the same run; a
// 1,000-row CSV import against a 10-row one; and the storage each client takes.
import type { Page } from 'playwright-core';
import { manyClients as clients } from '../fixtures/many-clients.ts';
import { type ExtensionSession, setStoredValues } from '../tools/launch.ts';

const BIG = 1000;
const SMALL = 10;
const HUGE = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function csv(n: number): string {
  const rows = clients(n).map(
    (c) =>
      `"${c.companyName}",${c.defaultDomain},${c.tenantPrefix},${c.existingTenant ? 'yes' : 'no'},Microsoft 365 Business Premium x${c.licenses[0]?.quantity}; Office 365 E1 x1,,"${c.notes}"`,
  );
  return ['companyName,defaultDomain,tenantPrefix,existingTenant,licenses,abn,notes', ...rows, ''].join('\n');
}

// Installed before the popup's own scripts: notes when the list (or the empty queue's text) is
// first in the DOM, and the frame after each change to the list, keyed to the last keystroke.
const PROBE = `(() => {
  const probe = { firstRender: 0, keyAt: 0, settledAt: 0 };
  globalThis.queueProbe = probe;
  addEventListener('keydown', () => { probe.keyAt = performance.now(); probe.settledAt = 0; }, true);
  const seen = () => document.querySelector('[data-client-id], main.queue p.empty');
  new MutationObserver(() => {
    if (!probe.firstRender && seen()) probe.firstRender = performance.now();
    if (probe.keyAt) requestAnimationFrame(() => { probe.settledAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

type Probe = { firstRender: number; keyAt: number; settledAt: number };
const probe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { queueProbe: Probe }).queueProbe);

async function openPopup(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 420, height: 640 });
  await page.addInitScript(PROBE);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(
    () => (globalThis as unknown as { queueProbe: Probe }).queueProbe.firstRender > 0,
  );
  return page;
}

/** Milliseconds from navigation start to the queue (or the empty queue) in the DOM. */
/**
 * Stores n clients as the extension keeps them: set raw, then one opening of the popup, which
 * writes the queue's index (as after an upgrade from a version without it).
 */
async function storeClients(session: ExtensionSession, n: number): Promise<void> {
  await setStoredValues(session, { clients: clients(n) });
  const page = await openPopup(session);
  await session.worker.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    for (let i = 0; i < 200 && !(await local.get('queueIndex')).queueIndex; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
  });
  await page.close();
}

async function firstRender(session: ExtensionSession, n: number): Promise<number> {
  await storeClients(session, n);
  const page = await openPopup(session);
  const rows =
    n === 0 ? 0 : Number(await page.locator('[data-client-id]').first().getAttribute('aria-setsize'));
  if (rows !== n) throw new Error(`the popup lists ${rows} clients, ${n} were stored`);
  const ms = (await probe(page)).firstRender;
  await page.close();
  return ms;
}

/** Milliseconds from a keystroke in the search box to the frame showing its result. */
async function keystroke(page: Page, key: string): Promise<number> {
  await page.keyboard.press(key);
  // Settled: no change to the page for 300 ms after the last frame.
  let last = -1;
  for (;;) {
    await page.waitForTimeout(300);
    const now = await probe(page);
    if (now.settledAt > 0 && now.settledAt === last) return now.settledAt - now.keyAt;
    last = now.settledAt;
  }
}

async function searchKeystrokes(session: ExtensionSession, n: number, rounds: number) {
  await setStoredValues(session, { clients: clients(n) });
  const page = await openPopup(session);
  await page.getByPlaceholder('Search by name or domain').focus();
  const narrowing: number[] = [];
  const widening: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // "7" narrows the whole queue to the clients with a 7 in their name or domain; Backspace
    // brings the whole queue back, the heavier render.
    narrowing.push(await keystroke(page, '7'));
    widening.push(await keystroke(page, 'Backspace'));
  }
  await page.close();
  return { narrowing: median(narrowing), widening: median(widening) };
}

/** Choosing the file to the preview, and confirming to the imported queue on screen. */
async function csvImport(session: ExtensionSession, n: number) {
  await setStoredValues(session, {});
  const page = await openPopup(session);
  const started = Date.now();
  await page.getByTestId('import-csv').setInputFiles({
    name: `clients-${n}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv(n)),
  });
  await page.getByTestId('import-confirm').waitFor();
  const previewed = Date.now();
  await page.getByTestId('import-confirm').click();
  await page.locator(`[data-client-id][aria-setsize="${n}"]`).first().waitFor();
  const imported = Date.now();
  await page.close();
  return { previewMs: previewed - started, confirmMs: imported - previewed, totalMs: imported - started };
}

async function storedBytes(session: ExtensionSession, n: number) {
  await storeClients(session, n);
  return session.worker.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { getBytesInUse(keys: string[]): Promise<number> } } };
      }
    ).chrome.storage.local;
    return {
      clients: await local.getBytesInUse(['clients']),
      index: await local.getBytesInUse(['queueIndex']),
    };
  });
}

export async function queueBench(
  session: ExtensionSession,
  rounds: number,
): Promise<Record<string, unknown>> {
  const big: number[] = [];
  const small: number[] = [];
  const empty: number[] = [];
  const huge: number[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    // Alternate, so drift in the machine's load hits all sides alike; the first round warms up.
    const e = await firstRender(session, 0);
    const s = await firstRender(session, SMALL);
    const b = await firstRender(session, BIG);
    const h = await firstRender(session, HUGE);
    if (i === 0) continue;
    empty.push(e);
    small.push(s);
    big.push(b);
    huge.push(h);
  }
  const render = {
    emptyMs: round(median(empty)),
    [`clients${SMALL}Ms`]: round(median(small)),
    [`clients${BIG}Ms`]: round(median(big)),
    [`clients${HUGE}Ms`]: round(median(huge)),
    ratioToEmpty: round(median(big) / median(empty), 2),
    hugeRatioToEmpty: round(median(huge) / median(empty), 2),
    runs: { empty, small, big, huge },
  };
  console.log(
    `popup first render: ${render.emptyMs} ms empty, ${round(median(small))} ms with ${SMALL} clients, ${round(median(big))} ms with ${BIG} (×${render.ratioToEmpty}), ${round(median(huge))} ms with ${HUGE} (×${render.hugeRatioToEmpty})`,
  );
  // BENCH_QUEUE=render: the first render alone.
  if (process.env.BENCH_QUEUE === 'render') return { firstRender: render };

  const searchSmall = await searchKeystrokes(session, SMALL, Math.max(rounds, 5));
  const searchBig = await searchKeystrokes(session, BIG, Math.max(rounds, 5));
  const search = {
    [`narrowing${SMALL}Ms`]: round(searchSmall.narrowing),
    [`narrowing${BIG}Ms`]: round(searchBig.narrowing),
    [`widening${SMALL}Ms`]: round(searchSmall.widening),
    [`widening${BIG}Ms`]: round(searchBig.widening),
    ratioNarrowing: round(searchBig.narrowing / searchSmall.narrowing, 2),
  };
  console.log(
    `search keystroke to its frame: narrowing ${round(searchSmall.narrowing)} ms (${SMALL} clients) / ${round(searchBig.narrowing)} ms (${BIG}); back to the whole queue ${round(searchSmall.widening)} / ${round(searchBig.widening)} ms`,
  );

  const importSmall: number[] = [];
  const importBig: number[] = [];
  for (let i = 0; i < rounds; i++) {
    importSmall.push((await csvImport(session, SMALL)).totalMs);
    const b = await csvImport(session, BIG);
    importBig.push(b.totalMs);
  }
  const csvFigures = {
    [`rows${SMALL}Ms`]: round(median(importSmall)),
    [`rows${BIG}Ms`]: round(median(importBig)),
    ratio: round(median(importBig) / median(importSmall), 2),
  };
  console.log(
    `CSV import, file chosen to the imported queue on screen: ${csvFigures[`rows${SMALL}Ms`]} ms for ${SMALL} rows, ${csvFigures[`rows${BIG}Ms`]} ms for ${BIG}`,
  );

  const bytes = await storedBytes(session, BIG);
  const storage = {
    clients: BIG,
    bytes: bytes.clients,
    bytesPerClient: Math.round(bytes.clients / BIG),
    indexBytesPerClient: Math.round(bytes.index / BIG),
  };
  console.log(
    `storage: ${bytes.clients} bytes for ${BIG} clients, ${storage.bytesPerClient} bytes each, and ${storage.indexBytesPerClient} each in the queue's index`,
  );
  return { firstRender: render, searchKeystroke: search, csvImport: csvFigures, storage };
}
