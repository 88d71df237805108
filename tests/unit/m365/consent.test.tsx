import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ConsentPage } from '../../../components/consent/ConsentPage';
import { PanelApp } from '../../../components/panel/PanelApp';
import { M365Section } from '../../../components/queue/M365Section';
import { ADMIN_CENTER_ORIGINS } from '../../../utils/m365/hosts';
import { panelReadPort } from '../../../utils/m365/panel-read';
import { M365Read } from '../../../utils/m365/read-machine';
import type { Send } from '../../../utils/messaging';
import type { Message, ReplyOf } from '../../../utils/model/messages';
import { EMPTY_SNAPSHOT, PANEL_PORT } from '../../../utils/model/panel';

type Reply = ReplyOf<Message['type']>;

import { createQueryClient } from '../../../utils/queries';
import { updateStore } from '../../../utils/storage/write';
import { sampleData } from '../portal-page';

/** The permissions API as a browser has it: `request` answers as the technician would at the prompt. */
function fakePermissions(initiallyGranted: boolean, answer: boolean) {
  let granted = initiallyGranted;
  const request = vi.spyOn(browser.permissions, 'request').mockImplementation(async () => {
    if (answer) granted = true;
    return answer;
  });
  const contains = vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => granted);
  const query = vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [] as never);
  return { request, contains, query };
}

function showClientSection() {
  const { client } = sampleData();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <M365Section client={client} />
    </QueryClientProvider>,
  );
  return screen.getByTestId('fetch-m365');
}

const waitForGrantState = (contains: ReturnType<typeof fakePermissions>['contains']) =>
  waitFor(() => expect(contains).toHaveBeenCalled());

describe('consent to read the admin center, from the popup', () => {
  it('asks the browser once, in the click itself; a refusal shows m365-denied and reads nothing', async () => {
    const { request, contains, query } = fakePermissions(false, false);
    let answer: (granted: boolean) => void = () => {};
    request.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const button = showClientSection();
    await waitForGrantState(contains);
    fireEvent.click(button);
    // Synchronously within the click: the prompt needs the click's user gesture.
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ADMIN_CENTER_ORIGINS });
    // While the prompt is up, the view says so (not "Reading…").
    await waitFor(() => expect(document.querySelector('[data-lca-message="m365-asking"]')).not.toBeNull());
    answer(false);
    await screen.findByText(/was not allowed/);
    expect(document.querySelector('[data-lca-message="m365-denied"]')).not.toBeNull();
    expect(query).not.toHaveBeenCalled();
  });

  it('once granted, reads (here: no admin center tab) and is not asked again', async () => {
    const { request, contains } = fakePermissions(false, true);
    const button = showClientSection();
    await waitForGrantState(contains);
    fireEvent.click(button);
    await waitFor(() => expect(document.querySelector('[data-lca-message="m365-no-tab"]')).not.toBeNull());
    expect(request).toHaveBeenCalledTimes(1);
    // The grant is known before the next click: nothing is asked.
    await waitFor(() => expect(contains.mock.calls.length).toBeGreaterThan(1));
    fireEvent.click(screen.getByTestId('fetch-m365'));
    await waitFor(() => expect(document.querySelector('[data-lca-message="m365-no-tab"]')).not.toBeNull());
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('never asks when the permission was already granted', async () => {
    const { request, contains, query } = fakePermissions(true, true);
    const button = showClientSection();
    await waitForGrantState(contains);
    await waitFor(() => expect(contains).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.click(button);
    await waitFor(() => expect(query).toHaveBeenCalled());
    expect(request).not.toHaveBeenCalled();
  });
});

describe('consent for the portal’s overlay: the small window', () => {
  it('asks from its own click and tells the portal tab; “Not now” tells it no without asking', async () => {
    const request = vi.fn(async () => true);
    const tell = vi.fn(async () => {});
    const close = vi.fn();
    const { unmount } = render(<ConsentPage api={{ request, tell, close }} />);
    fireEvent.click(screen.getByTestId('consent-allow'));
    expect(request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(tell).toHaveBeenCalledWith(true);
    unmount();

    const request2 = vi.fn(async () => true);
    const tell2 = vi.fn(async () => {});
    render(<ConsentPage api={{ request: request2, tell: tell2, close }} />);
    fireEvent.click(screen.getByText('Not now'));
    await waitFor(() => expect(tell2).toHaveBeenCalledWith(false));
    expect(request2).not.toHaveBeenCalled();
  });

  it('closed with its own ✕, it tells the portal tab no; once answered, closing tells nothing more', async () => {
    const tell = vi.fn(async () => {});
    const request = vi.fn(async () => true);
    const { unmount } = render(<ConsentPage api={{ request, tell, close: () => {} }} />);
    window.dispatchEvent(new Event('pagehide'));
    expect(tell).toHaveBeenCalledExactlyOnceWith(false);
    unmount();
    const tell2 = vi.fn(async () => {});
    render(<ConsentPage api={{ request, tell: tell2, close: () => {} }} />);
    fireEvent.click(screen.getByTestId('consent-allow'));
    await waitFor(() => expect(tell2).toHaveBeenCalledWith(true));
    window.dispatchEvent(new Event('pagehide'));
    expect(tell2).toHaveBeenCalledTimes(1);
  });

  it('says so when the portal tab that asked has gone', async () => {
    const tell = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    render(<ConsentPage api={{ request: async () => true, tell, close: () => {} }} />);
    fireEvent.click(screen.getByTestId('consent-allow'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Allowed\. The portal tab that asked was closed/,
    );
  });

  it('the overlay opens the window when not granted, shows m365-denied on a refusal, reads on a grant', async () => {
    let granted = false;
    const sent: Message['type'][] = [];
    const send = vi.fn(async (message: Message): Promise<Reply> => {
      sent.push(message.type);
      if (message.type === 'm365-fetch')
        return { ok: true, outcome: granted ? { kind: 'no-tab', adminTabs: 0 } : { kind: 'needs-consent' } };
      return { ok: true };
    });
    // The panel's read: the machine the popup uses, reading through the background.
    const read = new M365Read(panelReadPort(send as Send));
    const phase = () => read.state;

    read.fetch('c-360business');
    await waitFor(() => expect(phase()).toEqual({ phase: 'asking', where: 'window' }));
    expect(sent).toEqual(['m365-fetch', 'm365-consent-window']);
    read.consentAnswered(false);
    expect(phase()).toEqual({ phase: 'done', outcome: { kind: 'denied' } });
    // A late answer for a fetch no longer waiting changes nothing.
    read.consentAnswered(true);
    expect(phase()).toEqual({ phase: 'done', outcome: { kind: 'denied' } });

    read.fetch('c-360business');
    await waitFor(() => expect(phase()).toEqual({ phase: 'asking', where: 'window' }));
    granted = true;
    read.consentAnswered(true);
    await waitFor(() =>
      expect(phase()).toEqual({ phase: 'done', outcome: { kind: 'no-tab', adminTabs: 0 } }),
    );
    expect(sent.filter((t) => t === 'm365-consent-window')).toHaveLength(2);
  });

  it('a read for one client is dropped when the active client changes, and never saved on another', async () => {
    const { clients, reseller } = sampleData();
    await updateStore(() => ({ reseller, clients, activeClientId: 'c-360business' }));
    const sent: Message[] = [];
    // The fake browser has no runtime ports: the panel's port to the background is this one.
    const background = fakePort();
    vi.spyOn(browser.runtime, 'connect').mockReturnValue(background.port);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: Message): Promise<Reply> => {
      sent.push(message);
      if (message.type === 'm365-fetch')
        return {
          ok: true,
          outcome: {
            kind: 'domains',
            tab: { id: 1, title: 'Domains', url: 'https://admin.microsoft.com/#/Domains' },
            read: {
              domains: [],
              prefixes: ['360business'],
              defaultDomain: '360business.com.au',
              complete: true,
            },
          },
        };
      return { ok: true };
    }) as never);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <PanelApp />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(browser.runtime.connect).toHaveBeenCalledWith({ name: PANEL_PORT }));
    // The portal's top frame, through the background, shows Service Details.
    background.deliver({
      type: 'frame',
      frameId: 0,
      message: {
        type: 'snapshot',
        snapshot: { ...EMPTY_SNAPSHOT, step: 'service-details', offersM365: true },
      },
    });
    fireEvent.click(await screen.findByTestId('fetch-m365'));
    await screen.findByTestId('m365-result');
    await updateStore(() => ({ activeClientId: 'c-bluegum' }));
    await waitFor(() => expect(screen.queryByTestId('m365-result')).toBeNull());
    expect(screen.queryByTestId('m365-use')).toBeNull();
    expect(sent.some((m) => m.type === 'm365-use')).toBe(false);
  });
});

/** A runtime port whose other end is the test: what arrives on it is `deliver`ed. */
function fakePort() {
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name: PANEL_PORT,
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  };
  return {
    port: port as never,
    deliver: (message: unknown) =>
      act(() => {
        for (const listener of listeners) listener(message);
      }),
  };
}
