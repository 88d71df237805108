import type { Send } from '../messaging';
import type { Client } from '../model/client';
import { FIELD_LABELS, type FieldKey } from '../model/fields';
import type { PageSnapshot } from '../model/panel';
import type { FieldControl } from '../page/controls';
import { describeForTeaching } from '../page/fields';
import { PageReader } from '../page/page-reader';
import { readStore, type StoreRead, watchStore } from '../storage/read';
import { type RunWhenIdle, runNow } from './idle';
import { type NamedWindow, namedWindowOf } from './named-window';
import { EMPTY_REPORT, type PageReport, PageSession } from './page-session';
import { knownValues, reportScreen, type ScreenReport } from './report';
import { LookScheduler } from './scheduler';
import { TeachSession } from './teach-session';

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

export interface AssistantOptions {
  /** Told the milliseconds of each piece of the assistant's own work (the bench build's counter). */
  measure?: (ms: number) => void;
  /** Told the step of each look at once (the host's `data-step`), before any deferred work. */
  onStep?: (step: PageSnapshot['step']) => void;
  /**
   * Where marking the page and the panel's refresh after a look run: the browser's idle time in
   * the content script (`idleScheduler`); at once by default.
   */
  idle?: RunWhenIdle;
  /** The assistant's own elements on the page (the panel's host): left out of a report. */
  isOwn?: (element: Element) => boolean;
}

/**
 * The content script's assistant, a DOM engine: a scheduler says when to look, a page session
 * looks, marks and fills, a teach session owns teach mode. It runs what the panel asks (every
 * request a click of the technician's in the panel, an extension page the portal cannot reach)
 * and tells the panel a snapshot of the screen after each change. A look tells its step at once;
 * marking what it found and the panel's refresh wait for idle time (once for any number of looks).
 */
export class PortalAssistant {
  private store: StoreRead | null = null;
  private activeClient: Client | null = null;
  private teaching: FieldKey | null = null;
  private accepted = false;
  private message: string | null = null;
  private page: PageReport = EMPTY_REPORT;
  private named: NamedWindow | null = null;
  /** Fields came or went past what the last look named: teach mode looks again before it picks. */
  private controlsStale = false;
  private readonly reader: PageReader;
  private readonly session: PageSession;
  private readonly scheduler: LookScheduler;
  private readonly teachSession: TeachSession;
  private readonly send: Send;
  private readonly idle: RunWhenIdle;
  private readonly measure: ((ms: number) => void) | undefined;
  private readonly onStep: ((step: PageSnapshot['step']) => void) | undefined;
  private readonly isOwn: ((element: Element) => boolean) | undefined;
  /** Marks and the panel's refresh are waiting for idle time; `cancelRefresh` drops them. */
  private refreshPending = false;
  private cancelRefresh: () => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    send: Send,
    private readonly onUpdate: (snapshot: PageSnapshot) => void,
    { measure, onStep, idle = runNow, isOwn }: AssistantOptions = {},
  ) {
    this.idle = idle;
    this.isOwn = isOwn;
    this.measure = measure;
    this.onStep = onStep;
    signal.addEventListener('abort', () => this.cancelRefresh());
    // Whatever the assistant writes for the technician (the timeline, the order, the basket) and
    // could not: said in the panel, with what to do.
    this.send = async (message) => {
      const reply = await send(message);
      if (!reply.ok) this.note(`Not saved on the client: ${reply.error}`);
      return reply;
    };
    this.reader = new PageReader(doc);
    this.session = new PageSession(doc, this.send, this.reader);
    this.scheduler = new LookScheduler(doc.defaultView ?? window, {
      reader: this.reader,
      look: () => this.look(),
      signal,
      measure,
      named: () => this.named,
      controlsChanged: () => {
        this.controlsStale = true;
      },
    });
    this.teachSession = new TeachSession(doc, signal, {
      controls: () => {
        if (this.controlsStale) this.scheduler.now();
        const detection = this.session.assessment?.detection;
        return detection?.module ? detection.region.controls : null;
      },
      picked: (key, control) => this.taught(key, control),
      notAField: () => this.note('That is not a field of this step. Click a text box, list or checkbox.'),
      cancelled: () => this.update({ teaching: null, message: null }),
    });
  }

  async start(): Promise<void> {
    this.scheduler.now();
    await this.reloadStore();
    const unwatch = watchStore(() => void this.reloadStore());
    this.signal.addEventListener('abort', unwatch);
    this.scheduler.watch(this.doc);
    // The panel connects once this is done: its first snapshot is the screen's, not an empty one.
    this.refreshNow();
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

  /** The screen as the last look saw it. */
  snapshot(): PageSnapshot {
    return {
      ...this.page,
      teaching: this.teaching,
      authorisationAccepted: this.accepted,
      message: this.message,
    };
  }

  private look(): void {
    this.controlsStale = false;
    const { detection } = this.session.read({
      data: this.store?.data ?? null,
      client: this.activeClient,
      accepted: this.accepted,
    });
    this.named = namedWindowOf(detection, (this.activeClient?.licenses.length ?? 0) > 0, (element) =>
      this.reader.namesReadFrom(element),
    );
    this.scheduler.watchShadowRoots(detection.page.shadowRoots);
    // Recognising the screen does not wait; marking it and the panel's refresh can.
    this.onStep?.(detection.step);
    if (this.refreshPending || this.signal.aborted) return;
    this.refreshPending = true;
    this.cancelRefresh = this.idle(() => this.refresh());
  }

  /** Marks what the last look found and sends the panel its snapshot (idle time, or at once). */
  private refresh(): void {
    this.refreshPending = false;
    this.cancelRefresh = () => {};
    if (this.signal.aborted) return;
    const started = this.measure ? performance.now() : 0;
    this.session.mark();
    this.page = this.session.report();
    this.emit();
    this.measure?.(performance.now() - started);
  }

  /** Runs the refresh a look left for idle time now (the person's click waits for no idle time). */
  private refreshNow(): void {
    if (!this.refreshPending) return;
    this.cancelRefresh();
    this.refresh();
  }

  private async reloadStore(): Promise<void> {
    const store = await readStore();
    this.store = store;
    this.activeClient = store.data.clients.find((c) => c.id === store.data.activeClientId) ?? null;
    this.scheduler.now();
  }

  private update(change: { teaching?: FieldKey | null; message?: string | null }): void {
    if ('teaching' in change) this.teaching = change.teaching ?? null;
    if ('message' in change) this.message = change.message ?? null;
    // A look's refresh still waiting is done now, so the panel never gets a message on an old page.
    if (this.refreshPending) this.refreshNow();
    else this.emit();
  }

  private emit(): void {
    this.onUpdate(this.snapshot());
  }

  /** A line for the technician in the panel (or none). */
  note(message: string | null): void {
    this.update({ message });
  }

  /**
   * "Fill this step" (or only `keys`: the domains "Use these" saved): only fields, never a button
   * (the plan cannot hold one). The store is read first, so a value saved a moment ago is typed.
   */
  async fill(keys?: readonly FieldKey[], savedOn?: string): Promise<void> {
    if (keys) await this.reloadStore();
    this.scheduler.now();
    const result = await this.session.fill(keys ? new Set(keys) : undefined);
    this.update({ message: `${savedOn ? `Saved on ${savedOn}. ` : ''}${filledMessage(result)}` });
    this.scheduler.now();
    this.refreshNow();
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

  private taught(key: FieldKey, control: FieldControl): void {
    const detection = this.session.assessment?.detection;
    if (!detection?.module) return;
    const field = describeForTeaching(control, detection.region.controls);
    void this.send({ type: 'teach-field', step: detection.step, key, field }).then((reply) =>
      this.update({ teaching: null, message: reply.ok ? 'Remembered for this step.' : reply.error }),
    );
  }

  /** "Report this screen": the sanitised copy of the screen now, and what it holds. */
  reportScreen(): ScreenReport | null {
    this.scheduler.now();
    const assessment = this.session.assessment;
    if (!assessment) return null;
    const data = this.store?.data;
    return reportScreen(
      this.doc,
      assessment,
      knownValues(data?.clients ?? [], data?.reseller ?? null, this.doc),
      new Date(),
      this.isOwn,
    );
  }
}
