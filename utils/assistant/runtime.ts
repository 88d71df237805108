import type { M365Phase, M365Values } from '../m365/fetch-domains';
import type { Client } from '../model/client';
import type { FieldKey } from '../model/fields';
import type { Message, Reply } from '../model/messages';
import { STEP_IDS, type StepId } from '../model/steps';
import { readSubscriptions } from '../page/confirmation';
import { describeForTeaching } from '../page/fields';
import { planFill, runFill } from '../page/fill';
import { observePage } from '../page/observe';
import { readStore, type StoreRead, watchStore } from '../storage/read';
import { type Assessment, assess, fillPlan } from './assess';
import { applyMarks, ensureHighlightStyles, highlightButton } from './marks';
import { mattersToAssistant, OBSERVED_ATTRIBUTES } from './relevance';

/** What the overlay shows. */
export interface AssistantSnapshot {
  assessment: Assessment | null;
  store: StoreRead | null;
  activeClient: Client | null;
  /** The field being taught: the next click on a page field is taken for it. */
  teaching: FieldKey | null;
  /** The technician said the client accepted the authorisation: "Verify Authorisation" is outlined. */
  authorisationAccepted: boolean;
  message: string | null;
  /** "Fetch from Microsoft 365" on the domain steps. */
  m365: M365Phase;
}

const BACKOFF_FACTOR = 9;
// The fields "Use these" fills: what the admin center's Domains list tells.
const M365_FIELDS: ReadonlySet<FieldKey> = new Set(['domainPrefix', 'defaultDomain']);
const MAX_BACKOFF_MS = 250;

// Steps that go into the client's timeline when the technician reaches them; the confirmation
// goes in with its order.
const RECORDED: ReadonlySet<StepId> = new Set(
  STEP_IDS.filter((step) => !['login', 'confirmation', 'unknown'].includes(step)),
);

/**
 * The content script's one object: watches the page and the store, keeps the assessment fresh,
 * marks the page, and runs what the overlay asks. Everything it starts dies with `signal`.
 */
export class PortalAssistant {
  private snapshot: AssistantSnapshot = {
    assessment: null,
    store: null,
    activeClient: null,
    teaching: null,
    authorisationAccepted: false,
    message: null,
    m365: { phase: 'idle' },
  };
  private lastStep: StepId = 'unknown';
  /** The client a Microsoft 365 read was made for. */
  private m365ClientId: string | null = null;
  private frame = 0;
  private timer = 0;
  private nextAllowed = 0;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly send: (message: Message) => Promise<Reply>,
    private readonly onUpdate: (snapshot: AssistantSnapshot) => void,
  ) {}

  async start(): Promise<void> {
    ensureHighlightStyles(this.doc);
    this.assessNow();
    await this.reloadStore();
    const unwatch = watchStore(() => void this.reloadStore());
    this.signal.addEventListener('abort', unwatch);
    this.signal.addEventListener('abort', () => this.view.clearTimeout(this.timer));
    observePage(this.doc.body ?? this.doc.documentElement, () => this.assessSoon(), this.signal, {
      matters: (records) => this.timed(() => mattersToAssistant(records)),
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    // Typing changes values, not the DOM: field states and warnings follow the person's typing.
    for (const type of ['input', 'change']) {
      this.doc.addEventListener(type, () => this.schedule(), { capture: true, signal: this.signal });
    }
  }

  /**
   * The content script's own busy time, kept in its isolated world (the page cannot see it), for
   * `npm run bench` to read: the exact cost, without a profiler's overhead.
   */
  private timed<T>(work: () => T): T {
    const started = this.view.performance.now();
    try {
      return work();
    } finally {
      const counter = globalThis as { leaderCspAssistantBusyMs?: number };
      counter.leaderCspAssistantBusyMs =
        (counter.leaderCspAssistantBusyMs ?? 0) + this.view.performance.now() - started;
    }
  }

  private get view(): Window {
    return this.doc.defaultView ?? window;
  }

  /** Re-reads the page on the next frame (once, however often asked). */
  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.assessSoon();
    });
  }

  /**
   * Re-reads the page now, unless the last look was expensive and recent: on a page whose
   * structure changes every frame, looking takes at most a tenth of the time, and a screen change
   * still shows within MAX_BACKOFF_MS plus one look.
   */
  private assessSoon(): void {
    const wait = this.nextAllowed - this.view.performance.now();
    if (wait <= 0) {
      this.assessNow();
      return;
    }
    if (this.timer !== 0) return;
    this.timer = this.view.setTimeout(() => {
      this.timer = 0;
      this.assessNow();
    }, wait);
  }

  private async reloadStore(): Promise<void> {
    const store = await readStore();
    const activeClient = store.data.clients.find((c) => c.id === store.data.activeClientId) ?? null;
    // Domains read for one client are never offered for another.
    const switched = activeClient?.id !== this.snapshot.activeClient?.id;
    this.update({ store, activeClient, ...(switched ? { m365: { phase: 'idle' } as const } : {}) });
    this.assessNow();
  }

  private update(change: Partial<AssistantSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.onUpdate(this.snapshot);
  }

  assessNow(): void {
    this.timed(() => this.assess());
  }

  private assess(): void {
    const started = this.view.performance.now();
    const { store, activeClient } = this.snapshot;
    const assessment = assess({
      doc: this.doc,
      url: new URL(this.doc.location?.href ?? 'about:blank'),
      client: activeClient,
      reseller: store?.data.reseller ?? null,
      taught: store?.data.taught ?? {},
      clients: store?.data.clients ?? [],
    });
    applyMarks(this.doc, assessment);
    this.highlightNextButton(assessment);
    this.noteStepChange(assessment);
    this.update({ assessment });
    const ended = this.view.performance.now();
    this.nextAllowed = ended + Math.min(MAX_BACKOFF_MS, BACKOFF_FACTOR * (ended - started));
  }

  private highlightNextButton(assessment: Assessment): void {
    const { step, region } = assessment.detection;
    let button: Element | null = null;
    if (step === 'customer-select') {
      const client = this.snapshot.activeClient?.companyName.toLowerCase();
      const existing = client ? region.buttons.find((b) => b.text.toLowerCase().includes(client)) : undefined;
      button = (existing ?? region.buttons.find((b) => /new customer/i.test(b.text)))?.element ?? null;
    } else if (step === 'authorization' && this.snapshot.authorisationAccepted) {
      button = region.buttons.find((b) => /^verify authori[sz]ation$/i.test(b.text))?.element ?? null;
    }
    highlightButton(this.doc, button);
  }

  // Each step is put on the client's timeline when the technician reaches it (a page load or an
  // in-app change alike); the store folds repeats of the same visit into one entry.
  private noteStepChange(assessment: Assessment): void {
    const step = assessment.detection.step;
    const client = this.snapshot.activeClient;
    if (step === this.lastStep || !client) return;
    this.lastStep = step;
    if (step === 'confirmation') {
      void this.send({
        type: 'record-order',
        clientId: client.id,
        subscriptions: readSubscriptions(assessment.detection.region),
      });
    } else if (RECORDED.has(step)) {
      void this.send({ type: 'record-step', clientId: client.id, step });
    }
  }

  /** "Fill this step": only fields, never a button (the plan cannot hold one). */
  fill(): void {
    this.assessNow();
    const assessment = this.snapshot.assessment;
    if (!assessment) return;
    const plan = fillPlan(assessment);
    runFill(plan);
    this.update({
      message:
        plan.length === 0
          ? 'Nothing to fill: the fields already hold the right values.'
          : `Filled ${plan.length} field${plan.length === 1 ? '' : 's'}. Check them, then continue on the page yourself.`,
    });
    this.assessNow();
  }

  setActiveClient(clientId: string | null): void {
    void this.send({ type: 'set-active-client', clientId }).then((reply) => {
      if (!reply.ok) this.update({ message: reply.error });
    });
  }

  /** The authorisation link was copied or opened: the client's timeline says when. */
  authorisationSent(how: 'copied' | 'opened'): void {
    const client = this.snapshot.activeClient;
    if (client)
      void this.send({
        type: 'record-step',
        clientId: client.id,
        step: 'authorization',
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
    this.update({ authorisationAccepted: true });
    this.assessNow();
  }

  /** Teach mode: the next click on a field of the page is remembered as `key` for this step. */
  teach(key: FieldKey | null): void {
    this.update({ teaching: key, message: key ? 'Click the field on the page (Esc cancels).' : null });
    if (!key) return;
    const stop = new AbortController();
    const done = () => stop.abort();
    this.signal.addEventListener('abort', done);
    const options = { capture: true, signal: stop.signal };
    this.doc.addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target || target.closest('leader-csp-assistant')) return;
        const control =
          target.closest('label')?.querySelector('input, select, textarea') ??
          target.closest('input, select, textarea');
        const assessment = this.snapshot.assessment;
        if (!control || !assessment || assessment.detection.step === 'unknown') return;
        const controls = assessment.detection.region.controls;
        if (!controls.includes(control as (typeof controls)[number])) {
          this.update({ message: 'That is not a field of this step. Click a text box, list or checkbox.' });
          return;
        }
        done();
        const field = describeForTeaching(control as (typeof controls)[number], controls);
        void this.send({ type: 'teach-field', step: assessment.detection.step, key, field }).then((reply) =>
          this.update({ teaching: null, message: reply.ok ? 'Remembered for this step.' : reply.error }),
        );
      },
      options,
    );
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          done();
          this.update({ teaching: null, message: null });
        }
      },
      options,
    );
  }

  /**
   * "Fetch from Microsoft 365": the background reads the admin center tab. Without the permission
   * yet, it opens a small window that asks (a content script cannot); its answer comes back
   * through {@link consentAnswered}.
   */
  fetchM365(tabId?: number): void {
    this.m365ClientId = this.snapshot.activeClient?.id ?? null;
    this.update({ m365: { phase: 'reading' }, message: null });
    const failed = (error: unknown) =>
      this.update({
        m365: {
          phase: 'done',
          outcome: {
            kind: 'error',
            message: `The extension did not answer (${error instanceof Error ? error.message : String(error)}): reload the page and try again.`,
          },
        },
      });
    this.send({ type: 'm365-fetch', tabId }).then(async (reply) => {
      if (!reply.ok) {
        this.update({ m365: { phase: 'done', outcome: { kind: 'error', message: reply.error } } });
        return;
      }
      const outcome = reply.m365 ?? {
        kind: 'error',
        message: 'The extension gave no answer: reload the page.',
      };
      if (outcome.kind !== 'needs-consent') {
        this.update({ m365: { phase: 'done', outcome } });
        return;
      }
      const opened = await this.send({ type: 'm365-consent-window' });
      this.update({
        m365: opened.ok
          ? { phase: 'asking', where: 'window' }
          : { phase: 'done', outcome: { kind: 'error', message: opened.error } },
      });
    }, failed);
  }

  /** The consent window's answer. */
  consentAnswered(granted: boolean): void {
    if (this.snapshot.m365.phase !== 'asking') return;
    if (granted) this.fetchM365();
    else this.update({ m365: { phase: 'done', outcome: { kind: 'denied' } } });
  }

  /** "Use these": saved on the active client, then the step's domain field filled as "Fill this step" would. */
  useM365(values: M365Values): void {
    const client = this.snapshot.activeClient;
    if (!client || client.id !== this.m365ClientId) {
      this.update({ m365: { phase: 'idle' }, message: 'The client changed since the read: fetch again.' });
      return;
    }
    this.send({ type: 'm365-use', clientId: client.id, ...values }).then(
      async (reply) => {
        if (!reply.ok) {
          this.update({ message: `Not saved: ${reply.error}` });
          return;
        }
        await this.reloadStore();
        const assessment = this.snapshot.assessment;
        const plan = assessment
          ? planFill(assessment.fields.filter((f) => f.spec.value && M365_FIELDS.has(f.key)))
          : [];
        runFill(plan);
        this.update({
          m365: { phase: 'idle' },
          message: `Saved on ${client.companyName}${plan.length > 0 ? ' and filled in' : ''}. Check, then continue on the page yourself.`,
        });
        this.assessNow();
      },
      (error: unknown) =>
        this.update({ message: `Not saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }

  openDomainsPage(): void {
    void this.send({ type: 'm365-open-domains' });
  }

  openOptions(): void {
    void this.send({ type: 'open-options' });
  }
}
