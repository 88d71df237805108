/**
 * Reading the admin center's products list (Billing > Your products, or Licenses), in the admin
 * center's tab. Like readDomainsInTab, `readProductsInTab` is injected with
 * `scripting.executeScript({ func })` and uses nothing from outside its body. It reads only the
 * list's product names and licence counts, never cookies, storage or anything else on the page,
 * and changes nothing.
 */

export interface ProductRow {
  /** As shown, icon glyphs removed. */
  name: string;
  /** Licences bought: a "Total"/"Purchased"/"Quantity" column, "3 of 5", or assigned + available. */
  total?: number;
}

export type ProductsRead =
  | { state: 'ready'; title: string; products: ProductRow[] }
  | { state: 'not-ready'; reason: 'signing-in' | 'loading'; title: string }
  /** The tab is not on the admin center (it moved on since it was chosen): nothing was read. */
  | { state: 'not-admin-center' };

/** `hosts`: the admin center's (ADMIN_HOSTS), passed in, as this function can import nothing. */
export async function readProductsInTab(waitMs: number, hosts: readonly string[]): Promise<ProductsRead> {
  // Checked again here, in the page itself: the tab may have moved on since it was looked at.
  if (location.protocol !== 'https:' || location.port !== '' || !hosts.includes(location.hostname))
    return { state: 'not-admin-center' };
  const doc = document;
  const clean = (text: string | null | undefined) =>
    (text ?? '')
      .replace(/[\uE000-\uF8FF]/g, ' ')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // The columns, by what their headers say (Microsoft's pages and their older names).
  const NAME = /^(?:product(?: name)?|name|subscription(?: name)?|licen[cs]e(?: name)?)s?$/i;
  const TOTAL =
    /^(?:total|purchased|quantity|total licen[cs]es|purchased licen[cs]es|licen[cs]es|purchased quantity)$/i;
  const ASSIGNED = /^assigned(?: licen[cs]es)?$/i;
  const AVAILABLE = /^(?:available|unassigned)(?: licen[cs]es)?$/i;
  const HEADER = '[role="columnheader"], th';
  const number = (text: string) => {
    const match = text.replace(/,/g, '').match(/\d+/);
    return match ? Number(match[0]) : undefined;
  };
  // "2 of 5", "2/5": assigned of bought.
  const ofTotal = (text: string) => {
    const match = text.replace(/,/g, '').match(/(\d+)\s*(?:of|\/)\s*(\d+)/i);
    return match ? Number(match[2]) : undefined;
  };

  let listShown = false;
  const read = (): ProductRow[] => {
    const found: ProductRow[] = [];
    for (const grid of doc.querySelectorAll('[role="grid"], [role="treegrid"], [role="table"], table')) {
      const rows = [...grid.querySelectorAll('[role="row"], tr')].map((row) => [
        ...row.querySelectorAll(
          '[role="gridcell"], [role="rowheader"], [role="columnheader"], [role="cell"], td, th',
        ),
      ]);
      const header = rows.find((cells) => cells.some((cell) => cell.matches(HEADER)));
      if (!header) continue;
      const titles = header.map((cell) => clean(cell.textContent));
      const at = (pattern: RegExp) => titles.findIndex((t) => pattern.test(t));
      const name = at(NAME);
      if (name < 0) continue;
      listShown = true;
      const total = at(TOTAL);
      const assigned = at(ASSIGNED);
      const available = at(AVAILABLE);
      for (const cells of rows) {
        if (cells === header || cells.some((cell) => cell.matches(HEADER))) continue;
        const texts = cells.map((cell) => clean(cell.textContent));
        const shown = texts[name] ?? '';
        if (!/[a-z]{2}/i.test(shown)) continue;
        const count =
          (total >= 0 ? (ofTotal(texts[total] ?? '') ?? number(texts[total] ?? '')) : undefined) ??
          (assigned >= 0 ? ofTotal(texts[assigned] ?? '') : undefined) ??
          (assigned >= 0 && available >= 0
            ? (number(texts[assigned] ?? '') ?? 0) + (number(texts[available] ?? '') ?? 0)
            : undefined);
        if (found.length < 500)
          found.push({ name: shown.slice(0, 300), ...(count === undefined ? {} : { total: count }) });
      }
      if (found.length > 0) return found;
    }
    return found;
  };
  const signingIn = () =>
    !!doc.querySelector('input[type="password"], input[type="email"][name="loginfmt"]') ||
    /sign(?:ing)? (?:you )?in|pick an account/i.test(clean(doc.body?.textContent));

  const deadline = Date.now() + waitMs;
  for (;;) {
    const products = read();
    if (products.length > 0) return { state: 'ready', title: clean(doc.title).slice(0, 500), products };
    if (Date.now() >= deadline && listShown)
      // The list is there and empty: no product yet (a new tenancy before its first licence).
      return { state: 'ready', title: clean(doc.title).slice(0, 500), products: [] };
    if (Date.now() >= deadline)
      return {
        state: 'not-ready',
        reason: signingIn() ? 'signing-in' : 'loading',
        title: clean(doc.title).slice(0, 500),
      };
    await sleep(Math.min(250, Math.max(deadline - Date.now(), 0)));
  }
}
