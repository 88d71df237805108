import type { Warning } from '../model/fields';
import { isAuthorisationLinkHost } from '../model/hosts';
import type { Region } from '../page/read';
import type { CheckContext } from '../steps/types';
import { clip } from '../values/text';

/** The address of the link whose text says AUTHORIZATION, as the page gives it (any host), or null. */
export function linkSaidAuthorisation(region: Region): string | null {
  const link = [...region.root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) =>
    /authori[sz]ation/i.test(a.textContent ?? ''),
  );
  return link?.href || null;
}

/** The AUTHORIZATION link to hand to the client's Global Administrator: only on Microsoft's hosts. */
export function authorisationLink(region: Region): string | null {
  const link = linkSaidAuthorisation(region);
  return link && isAuthorisationLinkHost(link) ? link : null;
}

const hostOf = (link: string) => {
  try {
    return new URL(link).host || link;
  } catch {
    return link;
  }
};

/**
 * A link that says AUTHORIZATION but leads anywhere but Microsoft's admin center (a page script
 * can write one into the portal): the client's Global Administrator would sign in there. Named
 * to the technician by its host only; the panel never copies or opens it.
 */
export function checkAuthorisationLink({ region }: CheckContext): Warning[] {
  const link = linkSaidAuthorisation(region);
  if (!link || isAuthorisationLinkHost(link)) return [];
  return [
    {
      code: 'authorisation-link-host',
      message: `The AUTHORIZATION link on this screen leads to ${clip(hostOf(link), 100)}, not to Microsoft's admin center: it is left out of the message. Do not send it; ask Leader for the right link.`,
    },
  ];
}
