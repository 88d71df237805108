import { useEffect, useRef, useState } from 'react';

export interface ConsentApi {
  /** The browser's own permission prompt; must be the first call in the click. */
  request(): Promise<boolean>;
  /** Tells the portal tab that asked. */
  tell(granted: boolean): Promise<void>;
  close(): void;
}

/** The small window that asks for the admin center permission on the overlay's behalf. */
export function ConsentPage({ api }: { api: ConsentApi }) {
  const [problem, setProblem] = useState<string | null>(null);
  const answered = useRef(false);
  // Closed without an answer (the window's own ✕): the portal's panel is told "no", not left waiting.
  useEffect(() => {
    const onHide = () => {
      if (!answered.current) void api.tell(false).catch(() => undefined);
    };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [api]);
  const answer = (asked: Promise<boolean>) => {
    answered.current = true;
    void asked
      .catch((error: unknown) => {
        setProblem(`The browser did not ask: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
      .then(async (granted) => {
        if (granted === null) return;
        try {
          await api.tell(granted);
          api.close();
        } catch {
          setProblem(
            granted
              ? 'Allowed. The portal tab that asked was closed or reloaded: click “Fetch from Microsoft 365” there again.'
              : 'The portal tab that asked was closed or reloaded.',
          );
        }
      });
  };
  return (
    <main className="consent">
      <h1>Read your client’s domains from Microsoft 365?</h1>
      <p>
        To fill the domain prefix and default domain for you, Leader CSP Assistant reads the{' '}
        <strong>Settings &gt; Domains</strong> list of a Microsoft 365 admin center tab you have open: the
        domain names, which one is the default, and each one’s status.
      </p>
      <ul>
        <li>Only when you click “Fetch from Microsoft 365”, and only that list.</li>
        <li>Nothing is saved until you confirm what was read. No cookies or sign-in details are touched.</li>
        <li>Your browser asks next, for admin.microsoft.com and admin.cloud.microsoft.</li>
        <li>You can take the permission back in the assistant’s settings at any time.</li>
      </ul>
      {problem && (
        <p className="status error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="consent-allow"
          onClick={() => answer(api.request())}
        >
          Allow…
        </button>
        <button type="button" onClick={() => answer(Promise.resolve(false))}>
          Not now
        </button>
      </div>
    </main>
  );
}
