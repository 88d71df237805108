import type { OwnPlaces } from '../../../utils/model/senders';

/** The extension's places as a Chrome build sees them, for the sender tests. */
export const ID = 'abcdefghijklmnopabcdefghijklmnop';
export const ORIGIN = `chrome-extension://${ID}`;
export const PORTAL = 'https://hub.leadercloud.com.au';
export const own: OwnPlaces = {
  extensionId: ID,
  extensionOrigin: ORIGIN,
  portal: PORTAL,
  panelPath: '/overlay.html',
};
export const portalTab = { id: 3, url: `${PORTAL}/shop/checkout` };
