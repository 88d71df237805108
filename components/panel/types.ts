import type { M365Phase, M365Values } from '../../utils/m365/fetch-domains';
import type { Client, HandOff } from '../../utils/model/client';
import type { FieldKey } from '../../utils/model/fields';
import type { PageSnapshot } from '../../utils/model/panel';
import type { Reseller } from '../../utils/model/reseller';

/** The report summary the panel shows before a report is saved. */
export type { ScreenReport } from '../../utils/assistant/report';

import type { ReportSummary, ScreenReport } from '../../utils/assistant/report';

/** Everything the panel shows: the screen's snapshot, the stored clients, the Microsoft 365 read. */
export interface PanelSnapshot extends PageSnapshot {
  clients: readonly Pick<Client, 'id' | 'companyName' | 'defaultDomain'>[];
  activeClient: Client | null;
  hasReseller: boolean;
  /** The reseller's contact, signed under the message for the client's Global Administrator. */
  reseller: Reseller | null;
  /** "Fetch from Microsoft 365" on the domain steps. */
  m365: M365Phase;
  /** What the last "Report this screen" copy holds, until the screen changes. */
  report: ReportSummary | null;
}

/** What the panel does for the technician's clicks. */
export interface PanelIntents {
  fill(): void;
  teach(key: FieldKey | null): void;
  setActiveClient(id: string | null): void;
  authorisationSent(how: NonNullable<HandOff['sentHow']>): void;
  /** A line for the technician under the panel. */
  note(message: string | null): void;
  authorisationAccepted(): void;
  openOptions(): void;
  fetchM365(tabId?: number): void;
  useM365(values: M365Values): void;
  openDomainsPage(): void;
  reportScreen(): Promise<ScreenReport | null>;
}
