/**
 * Reading the admin center's Domains list, in the admin center's tab. `readDomainsInTab` is
 * injected with `scripting.executeScript({ func })`: it is serialised on its own, so it uses
 * nothing from outside its body. It reads only the domain list (names, "(Default)", status),
 * never cookies, storage or anything else on the page, and changes nothing but the list's scroll
 * position (put back) when the list renders only the rows in view.
 */

export interface DomainRow {
  /** As shown, icon glyphs and the default mark ("(Default)", a "Default" badge) removed. */
  name: string;
  status: string;
  isDefault: boolean;
}

export type TabRead =
  | { state: 'ready'; title: string; domains: DomainRow[]; complete: boolean }
  | { state: 'not-ready'; reason: 'signing-in' | 'loading'; title: string }
  /** The tab is not on the admin center (it moved on since it was chosen): nothing was read. */
  | { state: 'not-admin-center' };

/** `hosts`: the admin center's (ADMIN_HOSTS), passed in, as this function can import nothing. */
export async function readDomainsInTab(waitMs: number, hosts: readonly string[]): Promise<TabRead> {
  // Checked again here, in the page itself: the tab may have moved on since it was looked at.
  if (location.protocol !== 'https:' || location.port !== '' || !hosts.includes(location.hostname))
    return { state: 'not-admin-center' };
  const doc = document;
  // Icon fonts put glyphs from Unicode's private-use area into the text. Its own normaliser, not
  // values/text.ts's: executeScript sends this function's body alone, so it cannot import one.
  const clean = (text: string | null | undefined) =>
    (text ?? '')
      .replace(/[\uE000-\uF8FF]/g, ' ')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const DOMAIN =
    /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{1,62}$/i;
  // The default domain's mark, however the list shows it: a "(Default)" suffix, a "Default"
  // badge, chip or pill beside the name, an icon or image named "Default domain", or a "Default"
  // column holding a tick. "Set as default", a row's action, marks nothing.
  const MARK = /\s*\(default(?: domain)?\)|(^|\s)default(?: domain)?(?=\s|$)/gi;
  const NAMES_DEFAULT = /^\(?default(?: domain)?\)?$|^(?:this is the |the )?default domain$/i;
  const TICK = /^(?:[\u2713\u2714\u2611\u2705]|yes|true|default)$/i;
  const ACTION = 'button, a, [role="button"], [role="menuitem"], [role="link"], input, select';
  const unmarked = (text: string) => text.replace(MARK, ' ').replace(/\s+/g, ' ').trim();
  /** Whether an element inside a row is named "default" for who hears it (an icon, an image), not an action. */
  const namedDefault = (element: Element) => {
    if (element.closest(ACTION)) return false;
    const named = [
      element.getAttribute('aria-label'),
      element.getAttribute('title'),
      element.getAttribute('alt'),
    ];
    if (element.tagName.toLowerCase() === 'title') named.push(element.textContent);
    return named.some((text) => NAMES_DEFAULT.test(clean(text)));
  };
  /**
   * A cell's text as textContent gives it, less a badge's: "Default" in an element of its own
   * sits beside the name with no space between them in the text.
   */
  const cellText = (cell: Element) => {
    let text = '';
    let badge = false;
    const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        parent &&
        parent !== cell &&
        !parent.closest(ACTION) &&
        NAMES_DEFAULT.test(clean(parent.textContent))
      ) {
        badge = true;
        text += ' ';
      } else text += (node as Text).data;
    }
    return { text: clean(text), badge };
  };
  /** A "Default" column's cell that says yes: a tick, "Yes", a checked box or an icon named so. */
  const ticked = (cell: Element) =>
    TICK.test(clean(cell.textContent)) ||
    !!cell.querySelector('input[type="checkbox"]:checked, [aria-checked="true"]') ||
    [...cell.querySelectorAll('[aria-label], [title], [alt], title')].some((el) =>
      /^(?:yes|default|true|checked|check ?mark|tick)$/i.test(
        clean(
          el.getAttribute('aria-label') ??
            el.getAttribute('title') ??
            el.getAttribute('alt') ??
            el.textContent,
        ),
      ),
    );
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
    const defaultColumn = headerIndex(cells, /^default(?: domain)?$/i);
    for (const row of cells) {
      if (row.some((c) => c.matches('[role="columnheader"], th'))) continue;
      const shownCells = row.map(cellText);
      const texts = shownCells.map((cell) => cell.text);
      // The name column when the header says which; otherwise the first cell holding a domain.
      const nameAt =
        nameColumn >= 0 && DOMAIN.test(unmarked(texts[nameColumn] ?? ''))
          ? nameColumn
          : texts.findIndex((t) => DOMAIN.test(unmarked(t)));
      if (nameAt < 0) continue;
      const shown = texts[nameAt] ?? '';
      const name = unmarked(shown);
      const isDefault =
        name !== shown ||
        shownCells.some((cell, at) => cell.badge && at !== defaultColumn) ||
        row.some((cell, at) => at !== defaultColumn && [...cell.querySelectorAll('*')].some(namedDefault)) ||
        (defaultColumn >= 0 &&
          defaultColumn !== nameAt &&
          !!row[defaultColumn] &&
          ticked(row[defaultColumn]));
      const status =
        statusColumn >= 0 && statusColumn !== nameAt
          ? (texts[statusColumn] ?? '')
          : (texts.slice(nameAt + 1).find((t, i) => t !== '' && nameAt + 1 + i !== defaultColumn) ?? '');
      // Bounded, so one odd cell cannot make the whole answer too big to be taken.
      if (into.size < 1000)
        into.set(name.toLowerCase(), {
          name: name.slice(0, 300),
          status: status.slice(0, 200),
          isDefault,
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
