/**
 * Who sent a runtime message, as the background tells it from the browser's description of the
 * sender (issue 19): each message type declares the places it may come from (SENDERS in
 * messages.ts), and a message from anywhere else is refused, so a portal content script that a
 * page has subverted cannot ask for a Microsoft 365 read of any tab or change the active client.
 */
export const SENDER_PLACES = ['extension-page', 'portal-script', 'panel-frame'] as const;
/**
 * - `extension-page`: the popup, the side panel (no tab), the options page or the consent window
 *   (the top of a tab of their own), on the extension's own origin.
 * - `portal-script`: the content script of a portal frame (its address on the portal, in a tab).
 * - `panel-frame`: the panel, the extension's overlay page framed in a portal tab.
 */
export type SenderPlace = (typeof SENDER_PLACES)[number];

/** What the browser says of a sender (runtime.MessageSender), as far as the decision needs it. */
export interface SenderFacts {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface OwnPlaces {
  extensionId: string;
  /** The extension's pages' origin: chrome-extension://<id>, or Firefox's moz-extension://<uuid>. */
  extensionOrigin: string;
  /** The portal's origin, https://hub.leadercloud.com.au. */
  portal: string;
  /** The panel page's path, /overlay.html. */
  panelPath: string;
}

const parse = (url: string | undefined) => {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
};

/** Where a message came from, or null: another extension, a page, an extension page framed elsewhere. */
export function senderPlace(sender: SenderFacts, own: OwnPlaces): SenderPlace | null {
  const url = parse(sender.url);
  if (sender.id !== own.extensionId || !url) return null;
  if (url.origin === own.portal) return sender.tab ? 'portal-script' : null;
  if (!/^(chrome|moz)-extension:$/.test(url.protocol)) return null;
  // The panel: Chrome frames it at a dynamic address (use_dynamic_url), whose host is not the
  // extension's: the scheme and the path tell, in a frame of a tab that is on the portal.
  if (url.pathname === own.panelPath && sender.tab && (sender.frameId ?? 0) > 0) {
    const tabUrl = sender.tab.url;
    return tabUrl === undefined || parse(tabUrl)?.origin === own.portal ? 'panel-frame' : null;
  }
  // Not url.origin: for a non-web scheme the URL standard gives the opaque "null".
  if (`${url.protocol}//${url.host}` !== own.extensionOrigin) return null;
  return !sender.tab || sender.frameId === 0 ? 'extension-page' : null;
}
