// A catalogue page as big as a real shop gets: `products` cards of about ten elements each, with a
// page script that changes something every 50 ms, like a live SPA (prices, a basket counter, a
// ticker re-rendered with new elements). `churn` adds, every tick: 'offer', a rotating offer with
// its own button (new elements, no landmark); 'field', a new quantity box, the worst case, since a
// new field may be one the assistant needs, so each tick makes it look at the whole page again.
export type Churn = 'text' | 'offer' | 'field';
export function cataloguePage({ products, churn }: { products: number; churn: Churn }): string {
  const names = [
    'Office 365 E1',
    'Office 365 E3',
    'Office 365 E5',
    'Microsoft 365 Business Basic',
    'Microsoft 365 Business Premium',
    'Exchange Online (Plan 1)',
    'Teams Essentials',
  ];
  const cards: string[] = [];
  for (let i = 0; i < products; i++) {
    const name = `${names[i % names.length]} ${i >= names.length ? `(bundle ${i})` : ''}`.trim();
    cards.push(
      `<article class="card"><h3>${name}</h3><p class="desc">Licence for one user, billed monthly. SKU ${1000 + i}.</p>` +
        `<p><span class="price" id="p${i}">$${(10 + (i % 40)).toFixed(2)}</span> <span class="per">/ user / month</span></p>` +
        `<label>Qty <input type="number" min="1" value="1" aria-label="Quantity"></label>` +
        `<button type="button">Add Licenses</button><span class="badge">NCE</span></article>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>body{font:14px Arial}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}.card{border:1px solid #ccc;padding:8px}.tick span{margin-right:4px}</style></head>
<body><header><strong>Cloud Hub</strong> <span id="basket">Basket (0)</span> <span id="clock"></span></header>
<main><h1>Microsoft 365 licences</h1><label>Search licences <input type="search" placeholder="Search products"></label>
<div class="tick" id="tick"></div><div class="grid">${cards.join('')}</div><div id="extra"></div></main>
<script>
  let n = 0;
  const churn = '${churn}';
  setInterval(() => {
    n++;
    document.getElementById('basket').textContent = 'Basket (' + (n % 9) + ')';
    document.getElementById('clock').textContent = new Date().toISOString();
    for (let k = 0; k < 20; k++) {
      const p = document.getElementById('p' + ((n * 37 + k * 101) % ${products}));
      if (p) p.textContent = '$' + (10 + ((n + k) % 40)).toFixed(2);
    }
    const tick = document.getElementById('tick');
    tick.replaceChildren(...Array.from({ length: 5 }, (_, j) => { const s = document.createElement('span'); s.textContent = 'AUD ' + ((n + j) % 100); return s; }));
    const extra = document.getElementById('extra');
    if (churn === 'offer') extra.replaceChildren(Object.assign(document.createElement('button'), { textContent: 'Offer ' + n }));
    if (churn === 'field') extra.replaceChildren(Object.assign(document.createElement('input'), { type: 'number', value: n }));
  }, 50);
</script></body></html>`;
}
