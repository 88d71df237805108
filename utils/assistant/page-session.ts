import type { Send } from '../messaging';
import type { Client } from '../model/client';
import type { FieldKey } from '../model/fields';
import { EMPTY_SNAPSHOT, type PageSnapshot } from '../model/panel';
import { type StepId, UNKNOWN_STEP } from '../model/steps';
import { runFill, sameValue } from '../page/fill';
import type { PageReader } from '../page/page-reader';
import { explain, STEPS } from '../steps';
import type { StoreData } from '../storage/items';
import { clip } from '../values/text';
import { type Assessment, assess, fillPlan } from './assess';
import { PageMarks } from './marks';

/**
 * What one look at the page tells the panel, as plain data (the panel never reads the page): the
 * snapshot less what the assistant adds (teaching, a message).
 */
export type PageReport = Omit<PageSnapshot, 'teaching' | 'authorisationAccepted' | 'message'>;

export const EMPTY_REPORT: PageReport = (({ teaching, authorisationAccepted, message, ...report }) => report)(
  EMPTY_SNAPSHOT,
);

export interface LookInput {
  data: StoreData | null;
  client: Client | null;
  /** The technician said the client accepted the authorisation. */
  accepted: boolean;
}

/**
 * One portal page as the assistant works on it: look (detect, find fields, check), mark what was
 * found, outline the next button, record the step reached on the client's timeline, and fill.
 */
export class PageSession {
  assessment: Assessment | null = null;
  private lastStep: StepId = UNKNOWN_STEP;
  /** What the order screen read last ('' when not on it): read again until it stops changing. */
  private lastOrder = '';
  private lastTotals = '';
  private readonly marks: PageMarks;

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
    /** Told of every DOM change, it reads only what changed; without one each look reads it all. */
    private readonly reader?: PageReader,
  ) {
    this.marks = new PageMarks(doc);
  }

  /** What the last read was asked with: its marks are put with the same client and answer. */
  private lastInput: LookInput | null = null;

  /** Reads the page and marks what it found. */
  look(input: LookInput): Assessment {
    const assessment = this.read(input);
    this.mark();
    return assessment;
  }

  /**
   * Reads the page (detect, find fields, check) and records the step reached; marking what was
   * found is `mark`, which can wait (off the critical path).
   */
  read(input: LookInput): Assessment {
    const { data, client } = input;
    const assessment = assess({
      doc: this.doc,
      url: new URL(this.doc.location?.href ?? 'about:blank'),
      client,
      reseller: data?.reseller ?? null,
      taught: data?.taught ?? {},
      clients: data?.clients ?? [],
      ...(this.reader ? { reader: this.reader } : {}),
    });
    this.assessment = assessment;
    this.lastInput = input;
    this.noteStepReached(assessment, client);
    return assessment;
  }

  /** Marks what the last read found, and outlines the button to press next. */
  mark(): void {
    const assessment = this.assessment;
    const input = this.lastInput;
    if (!assessment || !input) return;
    this.marks.apply(assessment);
    const { module, region } = assessment.detection;
    const { client, accepted } = input;
    this.marks.highlight(module?.outline?.({ region, client, accepted }) ?? null);
  }

  /**
   * Fills the step's fields (only `keys` when given): never a button, the plan cannot hold one.
   * Says how many were filled and which could not be (a dropdown without the option).
   */
  async fill(keys?: ReadonlySet<FieldKey>): Promise<{ filled: number; missed: FieldKey[] }> {
    if (!this.assessment) return { filled: 0, missed: [] };
    const plan = fillPlan(this.assessment, keys);
    const missed = await runFill(plan);
    // What the fill typed, and what it found already as it would have typed it (a country the page
    // showed by default): after a fill each holds the client's value, whatever a page script guessed
    // before, so marking them filled tells the page nothing it did not see typed.
    const done = new Set<Element>(plan.filter((a) => !missed.includes(a.key)).map((a) => a.element));
    for (const field of this.assessment.fields)
      if (
        (!keys || keys.has(field.key)) &&
        field.expected !== undefined &&
        !missed.includes(field.key) &&
        sameValue(field.element, field.expected)
      )
        done.add(field.element);
    this.marks.typed(done);
    return { filled: plan.length - missed.length, missed };
  }

  report(): PageReport {
    const assessment = this.assessment;
    const module = assessment?.detection.module;
    const why = assessment ? explain(assessment.detection, STEPS) : [];
    if (!assessment || !module)
      return { ...EMPTY_REPORT, step: assessment?.detection.step ?? UNKNOWN_STEP, why };
    const { fields, namedClient } = assessment;
    const link = module.panel?.authorisationLink?.(assessment.detection.region) ?? null;
    return {
      step: assessment.detection.step,
      why,
      guidance: module.guidance,
      warnings: assessment.warnings
        .slice(0, 50)
        .map((w) => ({ code: w.code, message: clip(w.message, 500) })),
      todo: fields.flatMap(({ key, state }) =>
        state === 'missing' || state === 'differs' ? [{ key, state }] : [],
      ),
      notFound: assessment.notFound,
      teachable: module.fields.map((f) => f.key),
      fills: module.fields.some((f) => f.value),
      toFill: fields.filter((f) => f.spec.value && f.expected !== undefined && f.state !== 'filled').length,
      namedClient: namedClient && {
        id: namedClient.client.id,
        companyName: namedClient.client.companyName,
        evidence: clip(namedClient.evidence, 300),
      },
      authorisationLink: link && link.length <= 2000 ? link : null,
      offersM365: module.panel?.m365Read === true,
      licences: module.basketAdds
        ? (assessment.sources.client?.licenses ?? []).slice(0, 100).map(({ name, quantity }) => ({
            name,
            quantity,
            inBasket: assessment.sources.basket?.includes(name) ?? false,
          }))
        : [],
    };
  }

  /**
   * The wanted licence whose "Add" button this click pressed (on a product the assistant outlined),
   * or null: the technician's own click, which the assistant only notices.
   */
  basketAddOf(target: Element): string | null {
    const assessment = this.assessment;
    const adds = assessment?.detection.module?.basketAdds;
    const button = target.closest('button, [role="button"], input[type="submit"], input[type="button"]');
    if (!assessment || !adds || !button) return null;
    const text = (button.textContent || (button as HTMLInputElement).value || '').trim();
    if (!adds.test(text)) return null;
    return assessment.products.find((product) => product.element.contains(button))?.licence ?? null;
  }

  // Each step is put on the client's timeline when the technician reaches it (a page load or an
  // in-app change alike); the store folds repeats of the same visit into one entry. The order is
  // read again on each look while its screen shows, and sent again when what it reads changes
  // (rows that render after the screen); the fees box's totals are sent when they change.
  private noteStepReached({ detection }: Assessment, client: Client | null): void {
    if (!client) return;
    const { module, region, step } = detection;
    const totals = module?.totals?.(region) ?? null;
    const totalsKey = JSON.stringify([client.id, totals]);
    if (totals && totalsKey !== this.lastTotals)
      void this.send({ type: 'record-totals', clientId: client.id, totals });
    this.lastTotals = totals ? totalsKey : this.lastTotals;
    const changed = step !== this.lastStep;
    this.lastStep = step;
    if (!module) this.lastOrder = '';
    if (!module || (!changed && !this.lastOrder)) return;
    const reached = module.reached?.(region) ?? { record: 'visit' };
    if (reached.record !== 'order') this.lastOrder = '';
    if (!changed && reached.record !== 'order') return;
    if (reached.record === 'nothing') return;
    if (reached.record === 'order') {
      const { subscriptions } = reached;
      const orderKey = JSON.stringify([client.id, subscriptions, reached.totals ?? null]);
      if (orderKey === this.lastOrder) return;
      this.lastOrder = orderKey;
      void this.send({
        type: 'record-order',
        clientId: client.id,
        subscriptions,
        ...(reached.totals ? { totals: reached.totals } : {}),
      });
    } else void this.send({ type: 'record-step', clientId: client.id, step });
  }
}
