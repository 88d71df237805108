import type { Browser } from 'wxt/browser';
import {
  EMPTY_SNAPSHOT,
  type FrameMessage,
  type PageSnapshot,
  type PanelBox,
  pageSnapshotSchema,
  panelBoxSchema,
  panelMessageSchema,
} from '../model/panel';
import type { PortalAssistant } from './portal-assistant';

type Port = Browser.runtime.Port;

export interface PanelLinkOptions {
  /** Opens this frame's port to the background, which passes messages to and from the tab's panel. */
  connect(): Port;
  /** The panel's own box (its size, a drag): the top frame holds the panel, so it answers these. */
  onBox?(box: PanelBox): void;
  /** How long to wait before connecting again after the port dropped (the background was stopped). */
  retryMs?: number;
}

/**
 * This frame's end of the link to the panel, through the background. Only the extension can
 * open or use a runtime port, so what arrives is the panel's; it is parsed all the same. When the
 * background is stopped (MV3 stops it when idle) the port drops: the frame connects again and
 * sends what its screen shows, so the panel never goes stale.
 */
export class PanelLink {
  private port: Port | null = null;
  private last: PageSnapshot | null = null;
  private retry = 0;

  constructor(
    private readonly assistant: PortalAssistant,
    private readonly signal: AbortSignal,
    private readonly options: PanelLinkOptions,
  ) {
    signal.addEventListener('abort', () => {
      clearTimeout(this.retry);
      this.port?.disconnect();
    });
  }

  connect(): void {
    if (this.signal.aborted) return;
    const port = this.options.connect();
    this.port = port;
    port.onMessage.addListener((raw: unknown) => void this.receive(raw));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      this.retry = setTimeout(() => this.connect(), this.options.retryMs ?? 200) as unknown as number;
    });
    this.send({ type: 'snapshot', snapshot: this.last ?? this.assistant.snapshot() });
  }

  snapshot(snapshot: PageSnapshot): void {
    // Built within the schema's bounds; if something still does not fit, the panel is told so
    // instead of receiving nothing.
    const checked = pageSnapshotSchema.safeParse(snapshot);
    this.last = checked.success
      ? checked.data
      : {
          ...EMPTY_SNAPSHOT,
          step: snapshot.step,
          message: 'The assistant could not describe this screen: reload the page.',
        };
    this.send({ type: 'snapshot', snapshot: this.last });
  }

  consentResult(granted: boolean): void {
    this.send({ type: 'consent-result', granted });
  }

  private send(message: FrameMessage): void {
    try {
      this.port?.postMessage(message);
    } catch {
      // Dropped between two messages: the disconnect reconnects.
    }
  }

  private async receive(raw: unknown): Promise<void> {
    const box = panelBoxSchema.safeParse(raw);
    if (box.success) {
      this.options.onBox?.(box.data);
      return;
    }
    const parsed = panelMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'fill':
        await this.assistant.fill(message.keys, message.savedOn);
        break;
      case 'teach':
        this.assistant.teach(message.key);
        break;
      case 'authorisation-accepted':
        this.assistant.authorisationAccepted();
        break;
      case 'note':
        this.assistant.note(message.message);
        break;
      case 'report':
        this.send({ type: 'report', id: message.id, report: this.assistant.reportScreen() });
        break;
    }
  }
}
