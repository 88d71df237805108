import { STEP_TITLES } from '../../utils/model/steps';
import type { PanelSnapshot } from './types';

/**
 * Why the assistant takes this screen for the step it names (or for none): each step that scored,
 * its score against the score it needs, and the evidence seen, in the vocabulary's words.
 */
export function StepWhy({ snapshot }: { snapshot: PanelSnapshot }) {
  if (snapshot.why.length === 0) return null;
  return (
    <details className="lca-why" data-testid="step-why">
      <summary>Why this step?</summary>
      <ul>
        {snapshot.why.map((why) => (
          <li key={why.step} data-why-step={why.step}>
            <strong>{STEP_TITLES[why.step]}</strong>: {why.score} (needs {why.needed})
            {why.step === snapshot.step ? ' — taken' : ''}
            <span className="lca-why-reasons">{why.reasons.join('; ')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
