import { adminCenterFixtures } from '../../fixtures/m365';

const pages = adminCenterFixtures();

/**
 * Shows a saved admin center page in happy-dom and runs its own scripts (the late render), at
 * the admin center's address unless told another (the readers check where they are).
 */
export function showAdminPage(
  name: string,
  url = 'https://admin.microsoft.com/Adminportal/Home#/Domains',
): void {
  const page = pages[name];
  if (!page) throw new Error(name);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const body = page.html.match(/<body([^>]*)>([\s\S]*)<\/body>/);
  const title = page.html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  document.title = title;
  document.body.innerHTML = (body?.[2] ?? '').replace(/<script>[\s\S]*?<\/script>/g, '');
  const after = body?.[1]?.match(/data-render-after="(\d+)"/)?.[1];
  if (after) document.body.dataset.renderAfter = after;
  else delete document.body.dataset.renderAfter;
  for (const script of page.html.matchAll(/<script>([\s\S]*?)<\/script>/g))
    new Function(script[1] as string)();
}
