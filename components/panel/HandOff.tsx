import { useMemo, useRef, useState } from 'react';
import type { Client } from '../../utils/model/client';
import type { Reseller } from '../../utils/model/reseller';
import { composeAdminMessage, mailtoHref } from '../../utils/queue/admin-message';
import type { PanelIntents } from './types';

interface Props {
  link: string;
  client: Client | null;
  reseller: Reseller | null;
  actions: PanelIntents;
}

/**
 * The authorisation step's hand-off: the link to copy or open, and a short message for the
 * client's Global Administrator, editable before it is copied (or opened as an email when the
 * client has their address). Keyed by client and link by its parent: another client or another
 * link starts a new draft.
 */
export function HandOff({ link, client, reseller, actions }: Props) {
  const composed = useMemo(
    () => composeAdminMessage({ companyName: client?.companyName ?? '', link, reseller }),
    [client?.companyName, link, reseller],
  );
  const [text, setText] = useState(composed.body);
  const box = useRef<HTMLTextAreaElement>(null);
  const mailto = client?.adminEmail ? mailtoHref(client.adminEmail, { ...composed, body: text }) : null;

  // A sending is recorded only once the clipboard took it.
  const copy = (value: string, how: 'copied' | 'message', failed: () => void) =>
    (navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'))).then(
      () => actions.authorisationSent(how),
      failed,
    );
  const copyMessage = () =>
    copy(text, 'message', () => {
      // The text stays selected for the technician to copy by hand.
      box.current?.select();
      actions.note('The message could not be copied: it is selected, press Ctrl+C (⌘C on a Mac).');
    });

  return (
    <section className="lca-handoff" aria-label="Authorisation hand-off">
      <div className="lca-actions">
        <button
          type="button"
          onClick={() =>
            copy(link, 'copied', () => actions.note('The link could not be copied: use "Open it" instead.'))
          }
        >
          Copy the link
        </button>
        <button
          type="button"
          onClick={() => {
            window.open(link, '_blank', 'noopener');
            actions.authorisationSent('opened');
          }}
        >
          Open it
        </button>
      </div>
      <label className="lca-field">
        <span>Message for the client's Global Administrator (edit before sending)</span>
        <textarea
          ref={box}
          data-testid="admin-message"
          rows={9}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <div className="lca-actions">
        <button type="button" className="lca-primary" data-testid="copy-admin-message" onClick={copyMessage}>
          Copy message for the client's Global Administrator
        </button>
        {mailto && (
          <a
            className="lca-link-button"
            data-testid="email-admin"
            href={mailto}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => actions.authorisationSent('email')}
          >
            Email it to {client?.adminEmail}
          </a>
        )}
      </div>
      {client && !client.adminEmail && (
        <p className="lca-note">
          Add the Global Administrator's email to {client.companyName} in the client queue to open this as an
          email.
        </p>
      )}
      <div className="lca-actions">
        <button type="button" onClick={actions.authorisationAccepted}>
          The client has accepted
        </button>
      </div>
    </section>
  );
}
