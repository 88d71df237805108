import type { Rng } from './rng';

/**
 * One meaning-preserving change of a loaded portal page: it changes the document in place so that
 * a person still reads the same step with the same fields, and answers whether it found anything
 * to change on this page (false: "n/a"). It keeps the test's metadata (data-expect, data-model,
 * data-next, data-opens) and the recorder's behaviour; ids it renames are renamed everywhere they
 * are referenced.
 */
export interface Change {
  name: string;
  /** For the report: what it does, in a few words. */
  what: string;
  apply(doc: Document, rng: Rng): boolean;
  /** Moves the form into another container (shadow root, dialog, frame): one per combination at most. */
  container?: true;
}

/** Marks an element a change added (an unrelated field): it must stay unmarked by the product. */
export const ADDED = 'data-mx-added';

/**
 * The step the saved page shows, on <html> (set when the page is loaded): a modal or a frame holds
 * the step's form only on the screens whose step is that form (see changes-containers.ts).
 */
export const STEP = 'data-mx-step';
