import type { StepId } from '../model/steps';

/** What one portal screen looks like to a person, read from the page by `detect`. */
export interface StepModule {
  id: Exclude<StepId, 'unknown'>;
  /** What the technician does here, from the reseller's guide. */
  guidance: string;
  /** A score above zero means the screen shows this step's landmarks. */
  score(root: Document, url: URL): number;
}
