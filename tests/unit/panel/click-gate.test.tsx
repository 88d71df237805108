import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clicksAllowed,
  PAUSED_NOTE,
  type Sight,
  sightOf,
  watchSight,
} from '../../../components/panel/click-gate';
import { Overlay } from '../../../components/panel/Overlay';
import type { PanelIntents, PanelSnapshot } from '../../../components/panel/types';
import { useClickGate } from '../../../components/panel/useClickGate';
import { EMPTY_SNAPSHOT } from '../../../utils/model/panel';
import { createQueryClient } from '../../../utils/queries';

// happy-dom has no IntersectionObserver v2: a stand-in that records how it was asked and lets the
// test say what the browser would see.
type Report = (entries: { isVisible?: boolean }[]) => void;
let observers: { report: Report; options: unknown; targets: Element[]; disconnected: boolean }[] = [];
class FakeObserver {
  private readonly record;
  constructor(report: Report, options: unknown) {
    this.record = { report, options, targets: [] as Element[], disconnected: false };
    observers.push(this.record);
  }
  observe(target: Element) {
    this.record.targets.push(target);
  }
  disconnect() {
    this.record.disconnected = true;
  }
}
// Chromium's entries have isVisible on their prototype; Firefox's have none.
class EntryWithVisibility {
  get isVisible() {
    return false;
  }
}
/** The browser tells every observer still watching (the standing one and any look not yet back). */
const see = (isVisible: boolean) =>
  act(async () => {
    for (const o of observers) if (!o.disconnected) o.report([{ isVisible }]);
  });
/** Only the fresh looks hear it: the standing observation has not been told yet (its delay). */
const freshLooksSee = (isVisible: boolean) =>
  act(async () => {
    for (const o of observers.slice(1)) if (!o.disconnected) o.report([{ isVisible }]);
  });

describe('the panel’s click gate, the rules', () => {
  it('takes an observation’s isVisible for seen or covered, and none for a browser that cannot tell', () => {
    expect(sightOf({ isVisible: true })).toBe('seen');
    expect(sightOf({ isVisible: false })).toBe('covered');
    expect(sightOf({})).toBe('untracked');
  });

  it('lets clicks through only when seen, or where visibility cannot be tracked; not before it is known', () => {
    const allowed = (['pending', 'seen', 'covered', 'untracked'] as Sight[]).filter(clicksAllowed);
    expect(allowed).toEqual(['seen', 'untracked']);
  });

  it('asks the browser to track visibility, with its least delay, and stops with its signal', () => {
    observers = [];
    const seen: Sight[] = [];
    const stop = new AbortController();
    const win = { IntersectionObserver: FakeObserver, IntersectionObserverEntry: EntryWithVisibility };
    watchSight(document.body, win as unknown as Window, (s) => seen.push(s), stop.signal);
    expect(observers[0]?.options).toEqual({ trackVisibility: true, delay: 100 });
    expect(observers[0]?.targets).toEqual([document.body]);
    observers[0]?.report([{ isVisible: false }, { isVisible: true }]);
    expect(seen).toEqual(['seen']);
    stop.abort();
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('says "untracked" where entries have no isVisible (Firefox)', () => {
    const seen: Sight[] = [];
    const win = { IntersectionObserver: FakeObserver, IntersectionObserverEntry: class {} };
    watchSight(document.body, win as unknown as Window, (s) => seen.push(s), new AbortController().signal);
    expect(seen).toEqual(['untracked']);
  });
});

/** The panel as PanelApp wires it: one gate for all its controls. */
function Panel({ snapshot, actions }: { snapshot: PanelSnapshot; actions: PanelIntents }) {
  const gate = useClickGate();
  return <Overlay snapshot={snapshot} actions={actions} gate={gate} />;
}

describe('the panel’s click gate, in the panel', () => {
  const snapshot: PanelSnapshot = {
    ...EMPTY_SNAPSHOT,
    step: 'new-customer',
    fills: true,
    toFill: 3,
    teachable: ['companyName'],
    clients: [{ id: 'c1', companyName: 'Bluegum Physiotherapy', defaultDomain: 'bluegum.com.au' }],
    namedClient: { id: 'c2', companyName: 'Quokka Holdings', evidence: 'quokka.com.au' },
    activeClient: {
      id: 'c1',
      companyName: 'Bluegum Physiotherapy',
    } as PanelSnapshot['activeClient'],
    hasReseller: true,
    reseller: null,
    m365: { phase: 'idle' },
    report: null,
  };
  let actions: Record<keyof PanelIntents, ReturnType<typeof vi.fn>>;
  const original = {
    observer: (window as unknown as Record<string, unknown>).IntersectionObserver,
    entry: (window as unknown as Record<string, unknown>).IntersectionObserverEntry,
  };
  beforeEach(() => {
    observers = [];
    actions = new Proxy({} as typeof actions, {
      get: (target, key: string) => {
        target[key as keyof PanelIntents] ??= vi.fn();
        return target[key as keyof PanelIntents];
      },
    });
    Object.assign(window, {
      IntersectionObserver: FakeObserver,
      IntersectionObserverEntry: EntryWithVisibility,
    });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Panel snapshot={snapshot} actions={actions as unknown as PanelIntents} />
      </QueryClientProvider>,
    );
  });
  afterEach(() => {
    Object.assign(window, {
      IntersectionObserver: original.observer,
      IntersectionObserverEntry: original.entry,
    });
  });

  const fill = () => screen.getByTestId('fill-step');
  const teach = () => screen.getByTestId('teach-field');

  it('holds a click until a fresh look says the panel is seen, then gives it to its button', async () => {
    expect(document.querySelector('.lca-panel')?.getAttribute('data-clicks')).toBe('paused');
    fireEvent.click(fill());
    expect(actions.fill).not.toHaveBeenCalled();
    await see(true);
    expect(actions.fill).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.lca-panel')?.getAttribute('data-clicks')).toBe('open');
    expect(screen.queryByTestId('clicks-paused')).toBeNull();
  });

  it('drops a click the fresh look finds covered, and says why', async () => {
    fireEvent.click(fill());
    await see(false);
    expect(actions.fill).not.toHaveBeenCalled();
    expect(screen.getByTestId('clicks-paused').textContent).toBe(PAUSED_NOTE);
  });

  it('lets a click through at once when the look taken as the press began is back and seen', async () => {
    await see(true);
    fireEvent.pointerDown(fill());
    await see(true);
    fireEvent.click(fill());
    expect(actions.fill).toHaveBeenCalledTimes(1);
  });

  it('drops a click on a decoy put over the panel just before the press: the standing observation still says seen', async () => {
    await see(true);
    fireEvent.pointerDown(fill());
    await freshLooksSee(false);
    fireEvent.click(fill());
    expect(actions.fill).not.toHaveBeenCalled();
    expect(screen.getByTestId('clicks-paused')).toBeTruthy();
  });

  it('stops every press while covered (lists, keys, other buttons), and acts again once seen', async () => {
    await see(true);
    await see(false);
    // A list does not open, nor move with the arrows.
    expect(fireEvent.mouseDown(teach())).toBe(false);
    expect(fireEvent.keyDown(teach(), { key: 'ArrowDown' })).toBe(false);
    expect(fireEvent.keyDown(fill(), { key: 'Enter' })).toBe(false);
    fireEvent.click(screen.getByTestId('switch-client'));
    await see(false);
    expect(actions.setActiveClient).not.toHaveBeenCalled();
    expect(screen.getByTestId('clicks-paused')).toBeTruthy();
    // Seen again: the note goes and the next click acts.
    await see(true);
    expect(screen.queryByTestId('clicks-paused')).toBeNull();
    fireEvent.click(fill());
    await see(true);
    expect(actions.fill).toHaveBeenCalledTimes(1);
  });

  it('leaves the title bar free: folding the panel acts on nothing', async () => {
    await see(false);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the assistant' }));
    expect(screen.getByRole('button', { name: 'Show the assistant' })).toBeTruthy();
  });
});
