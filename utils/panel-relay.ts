import type { Browser } from 'wxt/browser';
import {
  FRAME_PORT,
  type FrameMessage,
  frameMessageSchema,
  PANEL_PORT,
  type PanelInbound,
  panelOutboundSchema,
  TOP_FRAME,
} from './model/panel';

type Port = Browser.runtime.Port;

interface TabLinks {
  panel: Port | null;
  frames: Map<number, { port: Port; snapshot: FrameMessage | null }>;
  /** What the panel asked of a frame that was not connected: a background just started hears the panel first. */
  waiting: { frameId: number; message: unknown; at: number }[];
}

/** How long a request waits for its frame to connect again; later, the technician has clicked again. */
const WAIT_FOR_FRAME_MS = 3000;

export interface RelayOrigins {
  /** Where content scripts run: a frame port from anywhere else is refused. */
  portal: string;
  /** This extension's id: a port from any other is refused. */
  extensionId: string;
  /** The panel page's path: a panel port from another page of the extension is refused. */
  panelPath: string;
}

// The panel's address is the extension's own page; its host may be the id or, where the page is
// framed with a dynamic address (Chrome's use_dynamic_url), another one: the scheme and path tell.
const isExtensionPage = (url: string, path: string) => {
  try {
    const parsed = new URL(url);
    return /^(chrome|moz)-extension:$/.test(parsed.protocol) && parsed.pathname === path;
  } catch {
    return false;
  }
};

const post = (port: Port | null | undefined, message: unknown) => {
  try {
    port?.postMessage(message);
  } catch {
    // Gone between two messages (its tab navigated): its disconnect tidies up.
  }
};

/**
 * The background passes messages between each portal tab's frames and its panel, and checks who
 * is asking: a frame port only from a tab on the portal's origin, a panel port only from the
 * extension's own panel page in a tab. Each frame's last snapshot is kept, so a panel that loads
 * (or reloads) after the frames shows their screens at once; the background may be stopped at any
 * time (MV3), and then both ends connect again and send what they have.
 */
export function relayPanels(
  onConnect: { addListener(listener: (port: Port) => void): void },
  origins: RelayOrigins,
): void {
  const tabs = new Map<number, TabLinks>();
  const linksOf = (tabId: number) => {
    let links = tabs.get(tabId);
    if (!links) {
      links = { panel: null, frames: new Map(), waiting: [] };
      tabs.set(tabId, links);
    }
    return links;
  };
  const tidy = (tabId: number, links: TabLinks) => {
    if (!links.panel && links.frames.size === 0) tabs.delete(tabId);
  };

  onConnect.addListener((port: Port) => {
    const tabId = port.sender?.tab?.id;
    const url = port.sender?.url ?? '';
    if (tabId === undefined || port.sender?.id !== origins.extensionId) return port.disconnect();
    if (port.name === FRAME_PORT) {
      if (!url.startsWith(`${origins.portal}/`)) return port.disconnect();
      const frameId = port.sender?.frameId ?? 0;
      const links = linksOf(tabId);
      links.frames.set(frameId, { port, snapshot: null });
      const now = Date.now();
      const due = links.waiting.filter((w) => w.frameId === frameId);
      links.waiting = links.waiting.filter((w) => w.frameId !== frameId);
      for (const w of due) if (now - w.at < WAIT_FOR_FRAME_MS) post(port, w.message);
      port.onMessage.addListener((raw: unknown) => {
        const parsed = frameMessageSchema.safeParse(raw);
        if (!parsed.success) return;
        // The consent window answers the top frame only: from any other frame it is forged.
        if (parsed.data.type === 'consent-result' && frameId !== TOP_FRAME) return;
        const frame = links.frames.get(frameId);
        if (frame && parsed.data.type === 'snapshot') frame.snapshot = parsed.data;
        post(links.panel, { type: 'frame', frameId, message: parsed.data } satisfies PanelInbound);
      });
      port.onDisconnect.addListener(() => {
        if (links.frames.get(frameId)?.port !== port) return;
        links.frames.delete(frameId);
        post(links.panel, { type: 'frame-gone', frameId } satisfies PanelInbound);
        tidy(tabId, links);
      });
    } else if (port.name === PANEL_PORT) {
      if (!isExtensionPage(url, origins.panelPath)) return port.disconnect();
      const links = linksOf(tabId);
      links.panel?.disconnect();
      links.panel = port;
      for (const [frameId, frame] of links.frames)
        if (frame.snapshot)
          post(port, { type: 'frame', frameId, message: frame.snapshot } satisfies PanelInbound);
      port.onMessage.addListener((raw: unknown) => {
        const parsed = panelOutboundSchema.safeParse(raw);
        if (!parsed.success) return;
        const request = parsed.data;
        const frameId = request.type === 'to-frame' ? request.frameId : 0;
        const message = request.type === 'to-frame' ? request.message : request.box;
        const frame = links.frames.get(frameId);
        if (frame) post(frame.port, message);
        else links.waiting = [...links.waiting.slice(-9), { frameId, message, at: Date.now() }];
      });
      port.onDisconnect.addListener(() => {
        if (links.panel !== port) return;
        links.panel = null;
        tidy(tabId, links);
      });
    }
  });
}
