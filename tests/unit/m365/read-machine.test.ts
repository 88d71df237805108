import { describe, expect, it, vi } from 'vitest';
import type { M365Outcome } from '../../../utils/m365/fetch-domains';
import { M365Read, type M365ReadPort } from '../../../utils/m365/read-machine';

const noTab: M365Outcome = { kind: 'no-tab', adminTabs: 0 };

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Microsoft 365 read, as the popup and the panel share it', () => {
  it('popup: shows the prompt while it is up, reads once allowed', async () => {
    const answer = deferred<boolean>();
    const read = vi.fn(async () => noTab);
    const machine = new M365Read({ ask: () => ({ granted: answer.promise, prompting: true }), read });
    const seen: string[] = [];
    machine.subscribe((phase) => seen.push(phase.phase));
    machine.fetch('c-1');
    expect(machine.state).toEqual({ phase: 'asking', where: 'prompt' });
    expect(read).not.toHaveBeenCalled();
    answer.resolve(true);
    await settle();
    expect(machine.state).toEqual({ phase: 'done', outcome: noTab });
    expect(seen).toEqual(['asking', 'reading', 'done']);
  });

  it('popup: a refusal (or a failed prompt) is denied, and nothing is read', async () => {
    const read = vi.fn(async () => noTab);
    const machine = new M365Read({
      ask: () => ({ granted: Promise.reject(new Error('no gesture')), prompting: true }),
      read,
    });
    machine.fetch('c-1');
    await settle();
    expect(machine.state).toEqual({ phase: 'done', outcome: { kind: 'denied' } });
    expect(read).not.toHaveBeenCalled();
  });

  it('popup: known granted, it reads at once without showing a prompt', () => {
    const machine = new M365Read({
      ask: () => ({ granted: Promise.resolve(true), prompting: false }),
      read: async () => noTab,
    });
    machine.fetch('c-1');
    expect(machine.state).toEqual({ phase: 'reading' });
  });

  it('panel: a read that needs consent opens the window, and says why when it cannot', async () => {
    const port: M365ReadPort = {
      read: async () => ({ kind: 'needs-consent' }),
      openConsentWindow: async () => ({ kind: 'error', message: 'Ask from the portal tab.' }),
    };
    const machine = new M365Read(port);
    machine.fetch('c-1');
    await settle();
    expect(machine.state).toEqual({
      phase: 'done',
      outcome: { kind: 'error', message: 'Ask from the portal tab.' },
    });
  });

  it('a read under way when the client changes is dropped, and its domains are not for the new client', async () => {
    const outcome = deferred<M365Outcome>();
    const machine = new M365Read({ read: () => outcome.promise });
    machine.fetch('c-1');
    expect(machine.readFor('c-1')).toBe(true);
    machine.reset();
    outcome.resolve(noTab);
    await settle();
    expect(machine.state).toEqual({ phase: 'idle' });
    expect(machine.readFor('c-1')).toBe(false);
    expect(machine.readFor(null)).toBe(false);
  });

  it('an extension that does not answer ends in an error, not a stuck “Reading…”', async () => {
    const machine = new M365Read({
      read: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    machine.fetch('c-1');
    await settle();
    expect(machine.state.phase).toBe('done');
    expect(JSON.stringify(machine.state)).toMatch(/did not answer \(Extension context invalidated\.\)/);
  });
});
