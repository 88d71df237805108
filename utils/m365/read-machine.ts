import type { M365Outcome, M365Phase } from './fetch-domains';

/** How a host reads the admin center: the popup reads itself; the portal's panel asks the background. */
export interface M365ReadPort {
  /**
   * Asks for the permission from the click itself (the popup: the browser's prompt must be the
   * click's first call). `prompting` is false when it is known granted, so nothing shows.
   * Absent where the read itself answers `needs-consent` (the portal's panel).
   */
  ask?(): { granted: Promise<boolean>; prompting: boolean };
  read(tabId?: number): Promise<M365Outcome>;
  /**
   * Opens the small window that asks on the panel's behalf; its answer comes to
   * {@link M365Read.consentAnswered}. Null once open, or the outcome that says why it did not.
   */
  openConsentWindow?(): Promise<M365Outcome | null>;
}

type Listener = (phase: M365Phase) => void;

const failure = (error: unknown): M365Phase => ({
  phase: 'done',
  outcome: {
    kind: 'error',
    message: `The extension did not answer (${error instanceof Error ? error.message : String(error)}): reload the page and try again.`,
  },
});

/**
 * "Fetch from Microsoft 365", the same in the popup and the portal's panel: idle → asking (the
 * browser's prompt or the small window) → reading → done with an outcome. A read belongs to the
 * client it was started for: {@link reset} (the client changed) drops whatever is still under way.
 */
export class M365Read {
  private phase: M365Phase = { phase: 'idle' };
  private clientId: string | null = null;
  private generation = 0;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly port: M365ReadPort) {}

  get state(): M365Phase {
    return this.phase;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a read for `clientId` (from a click: the permission is asked first where needed). */
  fetch(clientId: string | null, tabId?: number): void {
    const generation = ++this.generation;
    this.clientId = clientId;
    const asked = this.port.ask?.();
    if (asked?.prompting) this.set({ phase: 'asking', where: 'prompt' }, generation);
    else this.set({ phase: 'reading' }, generation);
    void this.run(generation, asked?.granted, tabId);
  }

  /** The small window's answer: read now, or say it was refused. A late answer changes nothing. */
  consentAnswered(granted: boolean): void {
    if (this.phase.phase !== 'asking' || this.phase.where !== 'window') return;
    if (granted) this.fetch(this.clientId);
    else this.set({ phase: 'done', outcome: { kind: 'denied' } }, this.generation);
  }

  /** Whether domains read now may be used for this client (the read was made for it). */
  readFor(clientId: string | null | undefined): boolean {
    return clientId != null && clientId === this.clientId;
  }

  /** Back to idle; a read still under way is dropped when it answers. */
  reset(): void {
    this.generation++;
    this.clientId = null;
    this.set({ phase: 'idle' }, this.generation);
  }

  private async run(generation: number, granted: Promise<boolean> | undefined, tabId?: number) {
    try {
      if (granted) {
        const allowed = await granted.catch(() => false);
        if (!allowed) return this.set({ phase: 'done', outcome: { kind: 'denied' } }, generation);
        this.set({ phase: 'reading' }, generation);
      }
      const outcome = await this.port.read(tabId);
      if (outcome.kind === 'needs-consent' && this.port.openConsentWindow) {
        if (generation !== this.generation) return;
        const notOpened = await this.port.openConsentWindow();
        return this.set(
          notOpened ? { phase: 'done', outcome: notOpened } : { phase: 'asking', where: 'window' },
          generation,
        );
      }
      this.set({ phase: 'done', outcome }, generation);
    } catch (error) {
      this.set(failure(error), generation);
    }
  }

  private set(phase: M365Phase, generation: number): void {
    if (generation !== this.generation) return;
    this.phase = phase;
    for (const listener of this.listeners) listener(phase);
  }
}
