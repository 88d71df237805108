import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReportSection } from '../../../components/panel/ReportSection';
import type { PanelIntents, PanelSnapshot } from '../../../components/panel/types';
import { assess } from '../../../utils/assistant/assess';
import { MAX_REPORT_BYTES, reportScreen } from '../../../utils/assistant/report';
import { EMPTY_SNAPSHOT, screenReportSchema } from '../../../utils/model/panel';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

const { client, reseller, clients } = sampleData();

function snapshotWith(report: PanelSnapshot['report']): PanelSnapshot {
  return {
    ...EMPTY_SNAPSHOT,
    step: 'new-customer',
    clients: [],
    activeClient: null,
    hasReseller: true,
    reseller: null,
    m365: { phase: 'idle' },
    report,
  };
}

describe('the report’s preview in the panel', () => {
  it('lists every text the report keeps', () => {
    const fixture = portalFixture('material-like', 'new-customer');
    const doc = loadPortalPage(fixture);
    const url = new URL(fixture.url);
    const { summary } = reportScreen(doc, assess({ doc, url, client, reseller, clients }), []);
    const { container } = render(
      <ReportSection snapshot={snapshotWith(summary)} actions={{} as PanelIntents} />,
    );
    const listed = [...container.querySelectorAll('[data-testid="report-kept"] li')].map(
      (li) => li.textContent,
    );
    expect(listed).toEqual(summary.kept);
    expect(listed.length).toBeGreaterThan(12);
  });

  it('says a screen too large to report is not saved, and saves nothing', async () => {
    const fixture = portalFixture('material-like', 'new-customer');
    const doc = loadPortalPage(fixture);
    const url = new URL(fixture.url);
    // A list of a few hundred thousand rows of known words: over the 5 MB a report may hold.
    const rows = 'Customer details '.repeat(Math.ceil(MAX_REPORT_BYTES / 17) + 1000);
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: rows }));
    const fresh = reportScreen(doc, assess({ doc, url, client, reseller, clients }), []);
    expect(fresh.html).toBe('');
    expect(fresh.summary.tooLarge).toBeGreaterThan(MAX_REPORT_BYTES);
    // It still travels to the panel (a report over the schema's bound would be dropped unseen).
    expect(screenReportSchema.safeParse(fresh).success).toBe(true);

    const reportScreenAction = vi.fn(async () => fresh);
    const { container } = render(
      <ReportSection
        snapshot={snapshotWith(fresh.summary)}
        actions={{ reportScreen: reportScreenAction } as unknown as PanelIntents}
      />,
    );
    expect(container.querySelector('[data-lca-message="report-too-large"]')?.textContent).toMatch(
      /over the 5 MB a report may hold: nothing was saved/,
    );
    const created = vi.spyOn(URL, 'createObjectURL');
    fireEvent.click(container.querySelector('[data-testid="report-save"]') as Element);
    await vi.waitFor(() => expect(reportScreenAction).toHaveBeenCalled());
    expect(created).not.toHaveBeenCalled();
  }, 60_000);
});
