import type { Client, OrderedSubscription, OrderTotals } from '../model/client';
import type { FieldKey, FieldSpec, FillSources, Warning } from '../model/fields';
import type { StepId } from '../model/steps';
import type { FoundField } from '../page/fields';
import type { ProductItem } from '../page/products';
import type { PageView, Region } from '../page/read';

import type { Phrase } from '../words/match';

/**
 * Something a person sees that says "this is that step", and how much it says: words in a heading
 * (any heading-like text: a heading, a form's or a card's name, a title set large), anywhere in
 * the screen's text, or on a button (utils/words: any case, spelling or rename), a pattern of the
 * address, or a password box. The site's header and footer, and a stepper, count for no step.
 */
export type Evidence =
  | {
      in: 'heading' | 'text' | 'button';
      words: readonly Phrase[];
      weight: number;
      /** Counts only where no "no", "not", "without" comes just before or inside it. */
      affirmative?: true;
    }
  | { in: 'url'; match: RegExp; weight: number }
  | { in: 'password-field'; weight: number };

export interface CheckContext extends FillSources {
  page: PageView;
  region: Region;
  fields: FoundField[];
}

/** What reaching a step puts on the client's timeline. */
export type Reached =
  | { record: 'visit' }
  | { record: 'order'; subscriptions: OrderedSubscription[]; totals?: OrderTotals }
  | { record: 'nothing' };

export interface OutlineContext {
  region: Region;
  client: Client | null;
  /** The technician said the client's Global Administrator accepted the authorisation. */
  accepted: boolean;
}

/** What the panel offers on a step, beside "Fill this step" and teaching its fields. */
export interface PanelOffers {
  /** "Fetch from Microsoft 365": the client's domains are typed on this step. */
  m365Read?: true;
  /** The authorisation link the screen shows, to copy or open, then "The client has accepted". */
  authorisationLink?: (region: Region) => string | null;
}

export interface StepModule {
  id: Exclude<StepId, 'unknown'>;
  /** What the technician does here, from the reseller's guide. */
  guidance: string;
  /** What on the screen says it is this step (see Evidence); no single piece is needed. */
  evidence: readonly Evidence[];
  /**
   * The strongest evidence: the step's fields found on the screen (this step's `fields`, named as
   * the field finder names them), each key counted once with its weight.
   */
  fieldEvidence?: Partial<Record<FieldKey, number>>;
  /** Score needed to count (default 5). */
  threshold?: number;
  fields: FieldSpec[];
  /** Warnings shown before the person presses anything. */
  checks?: ((context: CheckContext) => Warning[])[];
  /** The button the technician should press next, outlined (never pressed by us); none by default. */
  outline?: (context: OutlineContext) => Element | null;
  /** The products or basket lines to compare with the client's wanted licences (outlined). */
  products?: (region: Region) => ProductItem[];
  /** The buttons that put a product in the basket: pressing one on a wanted product records it. */
  basketAdds?: RegExp;
  /**
   * Reads every control of its region, not only the ones a look names (the basket's quantity
   * boxes): a control added anywhere on this step leads to a new look.
   */
  everyControl?: true;
  /** The lines a basket box on this screen shows (what is already in the basket). */
  basketShown?: (region: Region) => string[];
  /** The basket's totals the screen shows (a fees box): recorded on the client for its order. */
  totals?: (region: Region) => OrderTotals | null;
  /** What reaching the step records on the client's timeline (default: the visit). */
  reached?: (region: Region) => Reached;
  /** False where the screen cannot be about a client (the sign-in form): no offer to switch. */
  namesClients?: false;
  panel?: PanelOffers;
}
