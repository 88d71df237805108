import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReportSummary } from '../../utils/assistant/report';
import { panelReadPort } from '../../utils/m365/panel-read';
import { M365Read } from '../../utils/m365/read-machine';
import { sendMessage } from '../../utils/messaging';
import { EMPTY_SNAPSHOT } from '../../utils/model/panel';
import { useStore } from '../../utils/queries';
import { Overlay } from './Overlay';
import type { PanelIntents, PanelSnapshot } from './types';
import { useClickGate } from './useClickGate';
import { usePortalFrames } from './usePortalFrames';

const SENT_NOTES: Record<Parameters<PanelIntents['authorisationSent']>[0], string> = {
  copied: "Link copied: send it to the client's Global Administrator.",
  opened: 'Link opened in a new tab.',
  message: "Message copied: paste it into an email to the client's Global Administrator.",
  email: 'The message opened in your mail app.',
};

/**
 * The panel on the portal, an extension page: it reads the stored clients itself, shows the
 * screen its tab's content script reports, reads Microsoft 365 with the machine the popup uses,
 * and sends the content script only what the technician clicked.
 */
export function PanelApp() {
  const store = useStore();
  const [m365] = useState(() => new M365Read(panelReadPort(sendMessage)));
  const m365State = useSyncExternalStore(
    (listener) => m365.subscribe(listener),
    () => m365.state,
  );
  const frames = usePortalFrames((granted) => m365.consentAnswered(granted));
  const gate = useClickGate();
  const [report, setReport] = useState<ReportSummary | null>(null);
  const page = frames.snapshot ?? EMPTY_SNAPSHOT;
  const data = store.data?.data;
  const activeClient = data?.clients.find((c) => c.id === data.activeClientId) ?? null;

  // Domains read for one client are never offered for another.
  useEffect(() => {
    if (!m365.readFor(activeClient?.id)) m365.reset();
  }, [activeClient?.id, m365]);
  // A report's preview is of one screen: another step shows none.
  const shownReport = report?.step === page.step ? report : null;

  const note = (message: string | null) => frames.post({ type: 'note', message });
  const intents: PanelIntents = {
    fill: () => frames.post({ type: 'fill' }),
    teach: (key) => frames.post({ type: 'teach', key }),
    setActiveClient: (clientId) =>
      void sendMessage({ type: 'set-active-client', clientId }).then((reply) => {
        if (!reply.ok) note(reply.error);
      }),
    authorisationSent: (how) => {
      // The client's record keeps the link and when it went to its Global Administrator.
      note(SENT_NOTES[how]);
      const link = page.authorisationLink;
      if (activeClient && link)
        void sendMessage({ type: 'authorisation-sent', clientId: activeClient.id, link, how }).then(
          (reply) => {
            if (!reply.ok) note(`Not saved on the client: ${reply.error}`);
          },
        );
    },
    note,
    authorisationAccepted: () => frames.post({ type: 'authorisation-accepted' }),
    // Through the background: a framed extension page may have no tabs API (Firefox).
    openOptions: () => void sendMessage({ type: 'open-options' }),
    fetchM365: (pickedTab) => {
      note(null);
      m365.fetch(activeClient?.id ?? null, pickedTab);
    },
    useM365: (values) => {
      const client = activeClient;
      if (!client || !m365.readFor(client.id)) {
        m365.reset();
        note('The client changed since the read: fetch again.');
        return;
      }
      // sendMessage never rejects: a failure is its reply.
      void sendMessage({ type: 'm365-use', clientId: client.id, ...values }).then((reply) => {
        if (!reply.ok) return note(`Not saved: ${reply.error}`);
        m365.reset();
        // Then the step's domain fields, typed as "Fill this step" would.
        frames.post({ type: 'fill', keys: ['domainPrefix', 'defaultDomain'], savedOn: client.companyName });
      });
    },
    openDomainsPage: () => void sendMessage({ type: 'm365-open-domains' }),
    reportScreen: async () => {
      const fresh = await frames.report();
      setReport(fresh?.summary ?? null);
      return fresh;
    },
  };

  const snapshot: PanelSnapshot = useMemo(
    () => ({
      ...page,
      clients: data?.clients ?? [],
      activeClient,
      hasReseller: Boolean(data?.reseller),
      reseller: data?.reseller ?? null,
      m365: m365State,
      report: shownReport,
    }),
    [page, data, activeClient, m365State, shownReport],
  );
  return <Overlay snapshot={snapshot} actions={intents} onBox={frames.box} gate={gate} />;
}
