import { useEffect, useRef, useState } from 'react';
import { type Browser, browser } from 'wxt/browser';
import {
  PANEL_PORT,
  type PageSnapshot,
  type PanelBox,
  type PanelInbound,
  type PanelMessage,
  type PanelOutbound,
  panelInboundSchema,
  TOP_FRAME,
} from '../../utils/model/panel';
import { UNKNOWN_STEP } from '../../utils/model/steps';
import type { ScreenReport } from './types';

type Port = Browser.runtime.Port;
const RETRY_MS = 200;

/**
 * The portal frames of this panel's tab, through the background (which knows the tab, and checks
 * that the frames are the portal's): each frame's last snapshot, and a way to ask each one. The
 * panel shows the frame that shows a checkout step (the top frame's when both do). When the
 * background is stopped the port drops, and the panel connects again.
 */
export function usePortalFrames(
  onConsent: (granted: boolean) => void,
  connect = () => browser.runtime.connect({ name: PANEL_PORT }),
) {
  const [frames, setFrames] = useState<ReadonlyMap<number, PageSnapshot | null>>(new Map());
  const port = useRef<Port | null>(null);
  // Asked while the background was away: sent once the panel is connected again.
  const unsent = useRef<PanelOutbound[]>([]);
  // Each report asked for, by its id: the frame asked, and who waits for the answer.
  const pending = useRef(
    new Map<number, { frameId: number; resolve: (report: ScreenReport | null) => void }>(),
  );
  const nextId = useRef(0);
  const consent = useRef(onConsent);
  consent.current = onConsent;
  const open = useRef(connect);

  useEffect(() => {
    let closed = false;
    let retry = 0;
    const receive = (message: PanelInbound) => {
      if (message.type === 'frame-gone') {
        setFrames((now) => new Map([...now].filter(([id]) => id !== message.frameId)));
        return;
      }
      const { frameId, message: inner } = message;
      if (inner.type === 'snapshot') setFrames((now) => new Map(now).set(frameId, inner.snapshot));
      // Only the top frame hears the consent window; only the frame asked answers its report.
      else if (inner.type === 'consent-result') {
        if (frameId === TOP_FRAME) consent.current(inner.granted);
      } else {
        const asked = pending.current.get(inner.id);
        if (asked?.frameId !== frameId) return;
        pending.current.delete(inner.id);
        asked.resolve(inner.report as ScreenReport | null);
      }
    };
    const link = () => {
      const opened = open.current();
      port.current = opened;
      const queued = unsent.current.splice(0);
      for (const message of queued) opened.postMessage(message);
      opened.onMessage.addListener((raw: unknown) => {
        const parsed = panelInboundSchema.safeParse(raw);
        if (parsed.success) receive(parsed.data);
      });
      opened.onDisconnect.addListener(() => {
        if (port.current !== opened || closed) return;
        port.current = null;
        retry = window.setTimeout(link, RETRY_MS);
      });
    };
    link();
    return () => {
      closed = true;
      window.clearTimeout(retry);
      port.current?.disconnect();
    };
  }, []);

  const shown = chooseFrame(frames);
  const send = (message: PanelOutbound) => {
    const open = port.current;
    try {
      if (open) return open.postMessage(message);
    } catch {
      // The port went between its disconnect and our knowing: kept for the next one.
    }
    unsent.current = [...unsent.current.slice(-9), message];
  };
  return {
    snapshot: shown !== undefined ? (frames.get(shown) ?? null) : null,
    /** To the frame whose screen the panel shows. */
    post(message: PanelMessage) {
      if (shown !== undefined) send({ type: 'to-frame', frameId: shown, message });
    },
    /** To the top frame, which holds the panel on the page. */
    box(box: PanelBox) {
      send({ type: 'to-top', box });
    },
    report(): Promise<ScreenReport | null> {
      if (shown === undefined) return Promise.resolve(null);
      const id = ++nextId.current;
      return new Promise((resolve) => {
        pending.current.set(id, { frameId: shown, resolve });
        send({ type: 'to-frame', frameId: shown, message: { type: 'report', id } });
      });
    },
  };
}

/** The frame to show: the top frame when it shows a step, else a frame that does, else the top. */
function chooseFrame(frames: ReadonlyMap<number, PageSnapshot | null>): number | undefined {
  const known = (id: number) => {
    const snapshot = frames.get(id);
    return snapshot !== null && snapshot !== undefined && snapshot.step !== UNKNOWN_STEP;
  };
  if (known(0)) return 0;
  const other = [...frames.keys()].find(known);
  if (other !== undefined) return other;
  return frames.has(0) ? 0 : frames.keys().next().value;
}
