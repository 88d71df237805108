import { downloadText } from '../../utils/download';
import { FIELD_LABELS } from '../../utils/model/fields';
import type { RemovedKind } from '../../utils/page/report-text';
import type { PanelIntents as OverlayActions, PanelSnapshot } from './types';

const REMOVED_WORDS: Record<RemovedKind, [string, string]> = {
  value: ['field value', 'field values'],
  known: ['stored detail', 'stored details'],
  word: ['word the assistant does not know', 'words the assistant does not know'],
  number: ['number', 'numbers'],
  option: ['drop-down choice', 'drop-down choices'],
  element: ['script, style or frame', 'scripts, styles or frames'],
};

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * "Report this screen": a copy of this screen without anyone's details, for the extension's
 * developers (nobody outside Leader has the portal's pages). The preview says what is in it
 * before anything is saved.
 */
export function ReportSection({ snapshot, actions }: { snapshot: PanelSnapshot; actions: OverlayActions }) {
  const report = snapshot.report;
  const removed = report
    ? (Object.entries(report.removed) as [RemovedKind, number][]).filter(
        ([kind, n]) => n > 0 && kind in REMOVED_WORDS,
      )
    : [];
  return (
    <section className="lca-report" data-testid="report-screen" aria-label="Report this screen">
      <p className="lca-note">
        Report this screen to your developer: its layout and what the assistant read. Only words the assistant
        knows are kept; every other word, number, value and choice is left out.
      </p>
      {report && (
        <div className="lca-report-preview" role="status">
          <p>
            The copy holds {report.elements} elements of the step “{report.step}”; the assistant found{' '}
            {report.fields.length === 0
              ? 'no field'
              : report.fields.map((f) => `${FIELD_LABELS[f.key]} (by ${f.source})`).join(', ')}
            {report.notFound.length > 0
              ? `; not found: ${report.notFound.map((k) => FIELD_LABELS[k]).join(', ')}`
              : ''}
            .
          </p>
          {report.kept.length > 0 && (
            <details>
              <summary>Every text kept ({report.kept.length})</summary>
              <ul className="lca-report-texts" data-testid="report-kept">
                {report.kept.map((text, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is shown once, never reordered.
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </details>
          )}
          {report.tooLarge !== undefined && (
            <p className="lca-report-warning" role="alert" data-lca-message="report-too-large">
              This screen's report would be {megabytes(report.tooLarge)}, over the 5 MB a report may hold:
              nothing was saved. Show fewer rows (a filter, a shorter list) and save it again.
            </p>
          )}
          <p>
            Taken out:{' '}
            {removed.length === 0
              ? 'nothing'
              : removed.map(([kind, n]) => count(n, REMOVED_WORDS[kind])).join(', ')}
            .
          </p>
        </div>
      )}
      <div className="lca-actions">
        <button type="button" onClick={() => void actions.reportScreen()}>
          {report ? 'Look again' : 'What goes in it'}
        </button>
        <button
          type="button"
          data-testid="report-save"
          onClick={() =>
            // The panel is an extension page: the file is saved from it, never through the portal's page.
            void actions.reportScreen().then((fresh) => {
              if (fresh?.html) downloadText(fresh.summary.fileName, fresh.html, 'text/html');
            })
          }
        >
          Save the report
        </button>
      </div>
    </section>
  );
}
