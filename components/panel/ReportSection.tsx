import { downloadText } from '../../utils/download';
import { FIELD_LABELS } from '../../utils/model/fields';
import type { RemovedKind } from '../../utils/page/sanitise';
import type { PanelIntents as OverlayActions, PanelSnapshot } from './types';

const REMOVED_WORDS: Record<RemovedKind, [string, string]> = {
  value: ['field value', 'field values'],
  known: ['stored detail', 'stored details'],
  email: ['email address', 'email addresses'],
  phone: ['phone number', 'phone numbers'],
  abn: ['ABN', 'ABNs'],
  domain: ['domain', 'domains'],
  name: ['name', 'names'],
  address: ['street address', 'street addresses'],
};

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * "Report this screen": a copy of this screen without anyone's details, for the extension's
 * developers (nobody outside Leader has the portal's pages). The preview says what is in it
 * before anything is saved.
 */
export function ReportSection({ snapshot, actions }: { snapshot: PanelSnapshot; actions: OverlayActions }) {
  const report = snapshot.report;
  const removed = report
    ? (Object.entries(report.removed) as [RemovedKind, number][]).filter(([, n]) => n > 0)
    : [];
  return (
    <section className="lca-report" data-testid="report-screen" aria-label="Report this screen">
      <p className="lca-note">
        Report this screen to your developer: its layout and what the assistant read, without any value,
        email, phone number, ABN, domain or name.
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
          {report.kept.length > 0 && <p>Texts kept include: {report.kept.join(' · ')}</p>}
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
              if (fresh) downloadText(fresh.summary.fileName, fresh.html, 'text/html');
            })
          }
        >
          Save the report
        </button>
      </div>
    </section>
  );
}
