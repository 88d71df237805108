import type { M365Phase, M365Values } from '../m365/fetch-domains';
import { M365Read } from '../m365/read-machine';
import type { Send } from '../messaging';
import type { Client } from '../model/client';
import { FIELD_LABELS, type FieldKey } from '../model/fields';
import { describeForTeaching } from '../page/fields';
import { readStore, type StoreRead, watchStore } from '../storage/read';
import { EMPTY_REPORT, type PageReport, PageSession } from './page-session';
import { knownValues, type ReportSummary, reportScreen, type ScreenReport } from './report';
import { LookScheduler } from './scheduler';
import { TeachSession } from './teach-session';

/** Everything the panel shows: the page's report and the assistant's own state, as plain data. */
export interface PanelSnapshot extends PageReport {
  clients: readonly Pick<Client, 'id' | 'companyName' | 'defaultDomain'>[];
  activeClient: Client | null;
  hasReseller: boolean;
  /** The field being taught: the next click on a page field is taken for it. */
  teaching: FieldKey | null;
  /** The technician said the client accepted the authorisation: "Verify Authorisation" is outlined. */
  authorisationAccepted: boolean;
  message: string | null;
  /** "Fetch from Microsoft 365" on the domain steps. */
  m365: M365Phase;
  /** What the last "Report this screen" copy holds, until the screen changes. */
  report: ReportSummary | null;
}

/** What the panel can ask for: each is a person's click in the panel. */
export type PanelIntents = Pick<
  PortalAssistant,
  | 'fill'
  | 'teach'
  | 'setActiveClient'
  | 'authorisationSent'
  | 'authorisationAccepted'
  | 'openOptions'
  | 'fetchM365'
  | 'useM365'
  | 'openDomainsPage'
  | 'reportScreen'
>;

// The fields "Use these" fills: what the admin center's Domains list tells.
const M365_FIELDS: ReadonlySet<FieldKey> = new Set(['domainPrefix', 'defaultDomain']);

function filledMessage({ filled, missed }: { filled: number; missed: FieldKey[] }): string {
  const done =
    filled === 0 && missed.length === 0
      ? 'Nothing to fill: the fields already hold the right values.'
      : `Filled ${filled} field${filled === 1 ? '' : 's'}.`;
  const left =
    missed.length > 0
      ? ` Choose ${missed.map((key) => FIELD_LABELS[key]).join(', ')} yourself: its list has no matching option.`
      : '';
  return `${done}${left}${filled > 0 ? ' Check them, then continue on the page yourself.' : ''}`;
}

/**
 * The content script's assistant: a scheduler says when to look, a page session looks, marks and
 * fills, a teach session owns teach mode, and the Microsoft 365 read is the machine the popup uses
 * too. It runs the panel's intents and tells the panel a fresh snapshot after each change.
 */
export class PortalAssistant {
  private store: StoreRead | null = null;
  private activeClient: Client | null = null;
  private teaching: FieldKey | null = null;
  private accepted = false;
  private message: string | null = null;
  private page: PageReport = EMPTY_REPORT;
  private screenReport: ReportSummary | null = null;
  private readonly session: PageSession;
  private readonly scheduler: LookScheduler;
  private readonly teachSession: TeachSession;
  private readonly m365: M365Read;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly send: Send,
    private readonly onUpdate: (snapshot: PanelSnapshot) => void,
    { measure }: { measure?: (ms: number) => void } = {},
  ) {
    this.session = new PageSession(doc, send);
    this.scheduler = new LookScheduler(doc.defaultView ?? window, {
      look: () => this.look(),
      signal,
      measure,
    });
    this.teachSession = new TeachSession(doc, signal, {
      controls: () => {
        const detection = this.session.assessment?.detection;
        return detection?.module ? detection.region.controls : null;
      },
      picked: (key, control) => this.taught(key, control),
      notAField: () =>
        this.update({ message: 'That is not a field of this step. Click a text box, list or checkbox.' }),
      cancelled: () => this.update({ teaching: null, message: null }),
    });
    this.m365 = new M365Read({
      read: async (tabId) => {
        const reply = await send({ type: 'm365-fetch', tabId });
        return reply.ok ? reply.outcome : { kind: 'error', message: reply.error };
      },
      // A content script cannot ask for a permission: the background opens a small window that can.
      openConsentWindow: async () => {
        const opened = await send({ type: 'm365-consent-window' });
        return opened.ok ? null : { kind: 'error', message: opened.error };
      },
    });
    this.m365.subscribe(() => this.emit());
  }

  async start(): Promise<void> {
    this.scheduler.now();
    await this.reloadStore();
    const unwatch = watchStore(() => void this.reloadStore());
    this.signal.addEventListener('abort', unwatch);
    this.scheduler.watch(this.doc);
    // "Add Licenses" pressed on a wanted product: the catalogue moves on to the next licence.
    this.doc.addEventListener(
      'click',
      (event) => {
        const client = this.activeClient;
        const licence =
          event.isTrusted && event.target instanceof Element && this.session.basketAddOf(event.target);
        if (client && licence) void this.send({ type: 'record-basket-add', clientId: client.id, licence });
      },
      { capture: true, signal: this.signal },
    );
  }

  /** Looks again on the next frame (an in-app navigation). */
  schedule(): void {
    this.scheduler.nextFrame();
  }

  private look(): void {
    const { detection } = this.session.look({
      data: this.store?.data ?? null,
      client: this.activeClient,
      accepted: this.accepted,
    });
    this.scheduler.watchShadowRoots(detection.page.shadowRoots);
    const report = this.session.report();
    if (report.step !== this.page.step) this.screenReport = null;
    this.page = report;
    this.emit();
  }

  private async reloadStore(): Promise<void> {
    const store = await readStore();
    const activeClient = store.data.clients.find((c) => c.id === store.data.activeClientId) ?? null;
    const switched = activeClient?.id !== this.activeClient?.id;
    this.store = store;
    this.activeClient = activeClient;
    // Domains read for one client are never offered for another.
    if (switched) this.m365.reset();
    this.scheduler.now();
  }

  private update(change: { teaching?: FieldKey | null; message?: string | null }): void {
    if ('teaching' in change) this.teaching = change.teaching ?? null;
    if ('message' in change) this.message = change.message ?? null;
    this.emit();
  }

  private emit(): void {
    const data = this.store?.data;
    this.onUpdate({
      ...this.page,
      clients: data?.clients ?? [],
      activeClient: this.activeClient,
      hasReseller: Boolean(data?.reseller),
      teaching: this.teaching,
      authorisationAccepted: this.accepted,
      message: this.message,
      m365: this.m365.state,
      report: this.screenReport,
    });
  }

  /** "Fill this step": only fields, never a button (the plan cannot hold one). */
  async fill(): Promise<void> {
    this.scheduler.now();
    const result = await this.session.fill();
    this.update({ message: filledMessage(result) });
    this.scheduler.now();
  }

  setActiveClient(clientId: string | null): void {
    void this.send({ type: 'set-active-client', clientId }).then((reply) => {
      if (!reply.ok) this.update({ message: reply.error });
    });
  }

  /** The authorisation link was copied or opened: the client's timeline says when. */
  authorisationSent(how: 'copied' | 'opened'): void {
    const client = this.activeClient;
    if (client)
      void this.send({
        type: 'record-step',
        clientId: client.id,
        step: this.page.step,
        note: `link ${how}`,
      });
    this.update({
      message:
        how === 'copied'
          ? "Link copied: send it to the client's Global Administrator."
          : 'Link opened in a new tab.',
    });
  }

  authorisationAccepted(): void {
    this.accepted = true;
    this.scheduler.now();
  }

  /** Teach mode: the next click on a field of the page is remembered as `key` for this step. */
  teach(key: FieldKey | null): void {
    this.update({ teaching: key, message: key ? 'Click the field on the page (Esc cancels).' : null });
    if (key) this.teachSession.start(key);
    else this.teachSession.stop();
  }

  private taught(key: FieldKey, control: Parameters<typeof describeForTeaching>[0]): void {
    const detection = this.session.assessment?.detection;
    if (!detection?.module) return;
    const field = describeForTeaching(control, detection.region.controls);
    void this.send({ type: 'teach-field', step: detection.step, key, field }).then((reply) =>
      this.update({ teaching: null, message: reply.ok ? 'Remembered for this step.' : reply.error }),
    );
  }

  /** "Fetch from Microsoft 365" for the active client; the background reads the admin center tab. */
  fetchM365(tabId?: number): void {
    this.message = null;
    this.m365.fetch(this.activeClient?.id ?? null, tabId);
  }

  /** The consent window's answer. */
  consentAnswered(granted: boolean): void {
    this.m365.consentAnswered(granted);
  }

  /** "Use these": saved on the active client, then the step's domain field filled as "Fill this step" would. */
  useM365(values: M365Values): void {
    const client = this.activeClient;
    if (!client || !this.m365.readFor(client.id)) {
      this.m365.reset();
      this.update({ message: 'The client changed since the read: fetch again.' });
      return;
    }
    this.send({ type: 'm365-use', clientId: client.id, ...values }).then(
      async (reply) => {
        if (!reply.ok) {
          this.update({ message: `Not saved: ${reply.error}` });
          return;
        }
        await this.reloadStore();
        const { filled: count } = await this.session.fill(M365_FIELDS);
        this.m365.reset();
        this.update({
          message: `Saved on ${client.companyName}${count > 0 ? ' and filled in' : ''}. Check, then continue on the page yourself.`,
        });
        this.scheduler.now();
      },
      (error: unknown) =>
        this.update({ message: `Not saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }

  /** "Report this screen": the sanitised copy of the screen now, and what it holds for the preview. */
  reportScreen(): ScreenReport | null {
    const assessment = this.session.assessment;
    if (!assessment) return null;
    const data = this.store?.data;
    const report = reportScreen(
      this.doc,
      assessment,
      knownValues(data?.clients ?? [], data?.reseller ?? null, this.doc),
    );
    this.screenReport = report.summary;
    this.emit();
    return report;
  }

  openDomainsPage(): void {
    void this.send({ type: 'm365-open-domains' });
  }

  openOptions(): void {
    void this.send({ type: 'open-options' });
  }
}
