import { describe, expect, it } from 'vitest';
import { admitMessage } from '../../../utils/messaging';
import { type MessageType, OPENS_WINDOW, SENDERS } from '../../../utils/model/messages';
import { SENDER_PLACES, type SenderFacts, type SenderPlace, senderPlace } from '../../../utils/model/senders';
import { OpeningLimit } from '../../../utils/opening-limit';
import { ID, ORIGIN, own, PORTAL, portalTab } from './places';

// Chrome frames the panel at a dynamic address (use_dynamic_url): another host than the id.
const DYNAMIC = 'chrome-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

/** Each place as the browser describes its senders. */
const PLACES: Record<SenderPlace, [string, SenderFacts][]> = {
  'extension-page': [
    ['the popup', { id: ID, url: `${ORIGIN}/popup.html`, frameId: 0 }],
    ['the side panel', { id: ID, url: `${ORIGIN}/sidepanel.html` }],
    ['the options page in its tab', { id: ID, url: `${ORIGIN}/options.html`, frameId: 0, tab: { id: 5 } }],
    ['the consent window', { id: ID, url: `${ORIGIN}/consent.html?tab=3`, frameId: 0, tab: { id: 9 } }],
  ],
  'portal-script': [
    ['the portal’s top frame', { id: ID, url: `${PORTAL}/shop/checkout`, frameId: 0, tab: portalTab }],
    ['a portal iframe', { id: ID, url: `${PORTAL}/checkout/frame`, frameId: 4, tab: portalTab }],
  ],
  'panel-frame': [
    [
      'the panel framed on the portal',
      { id: ID, url: `${DYNAMIC}/overlay.html`, frameId: 7, tab: portalTab },
    ],
    [
      'the panel at the id’s own address',
      { id: ID, url: `${ORIGIN}/overlay.html`, frameId: 7, tab: portalTab },
    ],
  ],
};

const NOWHERE: [string, SenderFacts][] = [
  ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }],
  ['a web page', { id: ID, url: 'https://evil.example/', frameId: 0, tab: { id: 8 } }],
  ['the portal over http', { id: ID, url: 'http://hub.leadercloud.com.au/', frameId: 0, tab: portalTab }],
  [
    'a look-alike of the portal',
    { id: ID, url: 'https://hub.leadercloud.com.au.evil.example/', tab: portalTab },
  ],
  ['a portal address with no tab', { id: ID, url: `${PORTAL}/shop` }],
  [
    'the panel framed on another site',
    { id: ID, url: `${DYNAMIC}/overlay.html`, frameId: 2, tab: { id: 8, url: 'https://evil.example/' } },
  ],
  [
    'another extension page framed in a tab',
    { id: ID, url: `${ORIGIN}/popup.html`, frameId: 3, tab: portalTab },
  ],
  ['a page at a foreign extension address', { id: ID, url: `${DYNAMIC}/popup.html`, frameId: 0 }],
  ['no address', { id: ID }],
];

describe('where a message comes from', () => {
  for (const place of SENDER_PLACES)
    it.each(PLACES[place])(`%s is ${place}`, (_, sender) => {
      expect(senderPlace(sender, own)).toBe(place);
    });

  it.each(NOWHERE)('%s is no place the extension knows', (_, sender) => {
    expect(senderPlace(sender, own)).toBeNull();
  });

  it('Firefox’s pages: a moz-extension address with its own host, and the add-on id apart', () => {
    const firefox = {
      ...own,
      extensionId: 'leader@tests.invalid',
      extensionOrigin: 'moz-extension://6a5b4c3d',
    };
    const popup = { id: 'leader@tests.invalid', url: 'moz-extension://6a5b4c3d/popup.html', frameId: 0 };
    const panel = {
      id: 'leader@tests.invalid',
      url: 'moz-extension://6a5b4c3d/overlay.html',
      frameId: 5,
      tab: portalTab,
    };
    expect(senderPlace(popup, firefox)).toBe('extension-page');
    expect(senderPlace(panel, firefox)).toBe('panel-frame');
  });
});

const TYPES = Object.keys(SENDERS) as MessageType[];
const cases = TYPES.flatMap((type) =>
  [
    ...SENDER_PLACES.flatMap((place) => PLACES[place].map(([name, sender]) => ({ place, name, sender }))),
    ...NOWHERE.map(([name, sender]) => ({ place: null, name, sender })),
  ].map((c) => ({ type, ...c })),
);

describe('each message type from each place', () => {
  it.each(cases)('$type from $name', ({ type, place, sender }) => {
    const allowed = place !== null && (SENDERS[type] as readonly string[]).includes(place);
    const answer = admitMessage(type, sender, own, new OpeningLimit(3000), 1000);
    if (allowed) expect(answer).toBeNull();
    else
      expect(answer).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^Refused: "${type}"`)) });
  });

  it('what a portal page’s script could ask for is only what its screen shows', () => {
    const fromPortal = TYPES.filter((type) => (SENDERS[type] as readonly string[]).includes('portal-script'));
    expect(fromPortal.sort()).toEqual([
      'record-basket-add',
      'record-order',
      'record-step',
      'record-totals',
      'teach-field',
    ]);
  });
});

describe('opening windows from one tab', () => {
  const panel = PLACES['panel-frame'][0]?.[1] as SenderFacts;
  const otherTab = { ...panel, tab: { ...portalTab, id: 4 } };

  it('one window-opening message every three seconds from each tab, whatever the type', () => {
    const limit = new OpeningLimit(3000);
    expect(admitMessage('m365-consent-window', panel, own, limit, 10_000)).toBeNull();
    expect(admitMessage('m365-open-domains', panel, own, limit, 10_500)?.error).toMatch(/a moment ago/);
    expect(admitMessage('m365-consent-window', panel, own, limit, 12_999)?.error).toMatch(/a moment ago/);
    // Another tab is its own.
    expect(admitMessage('m365-open-domains', otherTab, own, limit, 11_000)).toBeNull();
    expect(admitMessage('m365-consent-window', panel, own, limit, 13_000)).toBeNull();
    // Messages that open nothing are not counted.
    for (let at = 13_001; at < 13_010; at++)
      expect(admitMessage('m365-fetch', panel, own, limit, at)).toBeNull();
  });

  it('exactly the four messages that open a window or a tab are limited', () => {
    expect(TYPES.filter((type) => OPENS_WINDOW[type]).sort()).toEqual([
      'm365-consent-window',
      'm365-open-domains',
      'm365-open-products',
      'open-options',
    ]);
  });

  it('the limit keeps only the keys still waiting, and a clock set back lets the next one through', () => {
    const limit = new OpeningLimit(3000);
    for (let tab = 0; tab < 100; tab++) expect(limit.allow(`tab ${tab}`, 1000 + tab)).toBe(true);
    expect(limit.size).toBe(100);
    expect(limit.allow('tab 0', 5000)).toBe(true);
    expect(limit.size).toBe(1);
    expect(limit.allow('tab 0', 4000)).toBe(true);
    expect(limit.allow('tab 0', 4001)).toBe(false);
  });
});
