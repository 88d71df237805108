/**
 * Reading the admin center's Domains list, in the admin center's tab. `readDomainsInTab` is
 * injected with `scripting.executeScript({ func })`: it is serialised on its own, so it uses
 * nothing from outside its body. It reads only the domain list (names, "(Default)", status),
 * never cookies, storage or anything else on the page, and changes nothing but the list's scroll
 * position (put back) when the list renders only the rows in view.
 */

export interface DomainRow {
  /** As shown, icon glyphs and the " (Default)" suffix removed. */
  name: string;
  status: string;
  isDefault: boolean;
}

export type TabRead =
  | { state: 'ready'; title: string; domains: DomainRow[]; complete: boolean }
  | { state: 'not-ready'; reason: 'signing-in' | 'loading'; title: string };

export async function readDomainsInTab(waitMs: number): Promise<TabRead> {
  const doc = document;
  // Icon fonts put glyphs from Unicode's private-use area into the text.
  const clean = (text: string | null | undefined) =>
    (text ?? '')
      .replace(/[\uE000-\uF8FF]/g, ' ')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const DOMAIN =
    /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{1,62}$/i;
  const DEFAULT = /\s*\(default\)\s*$/i;
  // The list: an ARIA grid (Fluent's DetailsList) or a plain table.
  const GRID = '[role="grid"], [role="treegrid"], table';
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The list's rows: ARIA grid rows (Fluent's DetailsList) or a plain table's. */
  const rowsOf = (): Element[][] => {
    const grid = doc.querySelector(GRID);
    if (!grid) return [];
    const rows = [...grid.querySelectorAll('[role="row"], tr')];
    return rows.map((row) => [
      ...row.querySelectorAll('[role="gridcell"], [role="rowheader"], [role="columnheader"], td, th'),
    ]);
  };
  const headerIndex = (cells: Element[][], pattern: RegExp) => {
    for (const row of cells) {
      const index = row.findIndex((cell) => pattern.test(clean(cell.textContent)));
      if (index >= 0 && row.some((c) => c.matches('[role="columnheader"], th'))) return index;
    }
    return -1;
  };
  const read = (into: Map<string, DomainRow>) => {
    const cells = rowsOf();
    const nameColumn = headerIndex(cells, /^domain name/i);
    const statusColumn = headerIndex(cells, /^status$/i);
    for (const row of cells) {
      if (row.some((c) => c.matches('[role="columnheader"], th'))) continue;
      const texts = row.map((cell) => clean(cell.textContent));
      // The name column when the header says which; otherwise the first cell holding a domain.
      const nameAt =
        nameColumn >= 0 && DOMAIN.test((texts[nameColumn] ?? '').replace(DEFAULT, ''))
          ? nameColumn
          : texts.findIndex((t) => DOMAIN.test(t.replace(DEFAULT, '')));
      if (nameAt < 0) continue;
      const shown = texts[nameAt] ?? '';
      const name = shown.replace(DEFAULT, '');
      const status =
        statusColumn >= 0 && statusColumn !== nameAt
          ? (texts[statusColumn] ?? '')
          : (texts.slice(nameAt + 1).find((t) => t !== '') ?? '');
      // Bounded, so one odd cell cannot make the whole answer too big to be taken.
      if (into.size < 1000)
        into.set(name.toLowerCase(), {
          name: name.slice(0, 300),
          status: status.slice(0, 200),
          isDefault: DEFAULT.test(shown),
        });
    }
    return cells;
  };
  const signingIn = () =>
    !!doc.querySelector('input[type="password"], input[type="email"][name="loginfmt"]') ||
    /sign(?:ing)? (?:you )?in|pick an account|signing in/i.test(clean(doc.body?.textContent));

  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = new Map<string, DomainRow>();
    read(found);
    if (found.size > 0) {
      // A long list may render only the rows in view: scroll it through once, then put it back.
      const grid = doc.querySelector(GRID);
      const declared = Number(grid?.getAttribute('aria-rowcount') ?? Number.NaN);
      // The scrolling box holding the rows: inside the grid, around it, or the page itself.
      const rows = grid?.querySelectorAll('[role="row"], tr');
      const scrolls = (el: Element) =>
        el.scrollHeight > el.clientHeight + 1 &&
        (el === doc.scrollingElement || /auto|scroll/.test(getComputedStyle(el).overflowY));
      let scroller: Element | null = rows?.[rows.length - 1] ?? null;
      while (scroller && !scrolls(scroller)) scroller = scroller.parentElement;
      if (scroller && !(Number.isFinite(declared) && found.size >= declared - 1)) {
        const start = scroller.scrollTop;
        // Bounded too: a tab in the background runs timers once a second at best.
        const scrollUntil = Date.now() + 10_000;
        for (
          let top = 0;
          top < scroller.scrollHeight && Date.now() < scrollUntil;
          top += Math.max(scroller.clientHeight - 20, 40)
        ) {
          scroller.scrollTop = top;
          // A tab in the background gets no frames, so no scroll events of its own: one is sent.
          (scroller === doc.scrollingElement ? doc : scroller).dispatchEvent(new Event('scroll'));
          await sleep(120);
          read(found);
        }
        scroller.scrollTop = start;
      }
      // aria-rowcount counts the header row too.
      const complete = !Number.isFinite(declared) || found.size >= declared - 1;
      return {
        state: 'ready',
        title: clean(doc.title).slice(0, 500),
        domains: [...found.values()],
        complete,
      };
    }
    if (Date.now() >= deadline)
      return {
        state: 'not-ready',
        reason: signingIn() ? 'signing-in' : 'loading',
        title: clean(doc.title).slice(0, 500),
      };
    await sleep(Math.min(250, Math.max(deadline - Date.now(), 0)));
  }
}
