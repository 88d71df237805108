import { describe, expect, it, vi } from 'vitest';
import { idleScheduler, type RunWhenIdle } from '../../../utils/assistant/idle';
import { PortalAssistant } from '../../../utils/assistant/portal-assistant';
import type { PageSnapshot } from '../../../utils/model/panel';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage } from '../portal-page';

/** An idle scheduler the test runs by hand: what waits for idle time runs on `flush`. */
function manualIdle() {
  const queue: (() => void)[] = [];
  const idle: RunWhenIdle = (work) => {
    queue.push(work);
    return () => {
      const at = queue.indexOf(work);
      if (at >= 0) queue.splice(at, 1);
    };
  };
  const flush = () => {
    for (const work of queue.splice(0)) work();
  };
  return { idle, queue, flush };
}

function assistant(idle?: RunWhenIdle) {
  const stop = new AbortController();
  const steps: string[] = [];
  const updates: PageSnapshot[] = [];
  const portal = new PortalAssistant(
    document,
    stop.signal,
    async () => ({ ok: true }) as never,
    (snapshot) => updates.push(snapshot),
    { onStep: (step) => steps.push(step), idle },
  );
  return { portal, steps, updates, stop };
}

const marked = () => document.querySelectorAll('[data-lca-field]').length;

describe('a look’s marks and the panel’s refresh in idle time', () => {
  it('the first look marks and refreshes before the panel connects: its first snapshot is the screen’s', async () => {
    loadPortalPage(portalFixture('material-like', 'service-details'));
    const { idle, queue } = manualIdle();
    const { portal, steps, updates, stop } = assistant(idle);
    await portal.start();
    expect(steps.at(-1)).not.toBe('unknown');
    expect(queue).toHaveLength(0);
    expect(marked()).toBeGreaterThan(0);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.step).toBe(steps.at(-1));
    stop.abort();
  });

  it('later looks tell the step at once; marks and the snapshot wait for idle time, once for several looks', async () => {
    loadPortalPage(portalFixture('material-like', 'service-details'));
    const { idle, queue, flush } = manualIdle();
    const { portal, steps, updates, stop } = assistant(idle);
    await portal.start();
    for (const element of document.querySelectorAll('[data-lca-field]'))
      element.removeAttribute('data-lca-field');
    const told = steps.length;
    // Two looks (the person's answer, in the panel, is one); each tells its step, one refresh waits.
    portal.authorisationAccepted();
    portal.authorisationAccepted();
    expect(steps.length).toBe(told + 2);
    expect(steps.at(-1)).not.toBe('unknown');
    expect(queue).toHaveLength(1);
    expect(marked()).toBe(0);
    expect(updates).toHaveLength(1);

    flush();
    expect(marked()).toBeGreaterThan(0);
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({ step: steps.at(-1), authorisationAccepted: true });
    stop.abort();
  });

  it('a message for the panel does the waiting refresh first: never a message on an old page', async () => {
    loadPortalPage(portalFixture('material-like', 'service-details'));
    const { idle, queue } = manualIdle();
    const { portal, updates, stop } = assistant(idle);
    await portal.start();
    portal.authorisationAccepted();
    expect(queue).toHaveLength(1);
    portal.note('Hello');
    expect(queue).toHaveLength(0);
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({ authorisationAccepted: true, message: 'Hello' });
    stop.abort();
  });

  it('drops the waiting work when the content script stops', async () => {
    loadPortalPage(portalFixture('material-like', 'service-details'));
    const { idle, queue } = manualIdle();
    const { portal, updates, stop } = assistant(idle);
    await portal.start();
    portal.authorisationAccepted();
    expect(queue).toHaveLength(1);
    stop.abort();
    expect(queue).toHaveLength(0);
    expect(updates).toHaveLength(1);
  });

  it('without an idle scheduler, marks and refreshes at once, as before', async () => {
    loadPortalPage(portalFixture('material-like', 'service-details'));
    const { portal, steps, updates, stop } = assistant();
    await portal.start();
    expect(marked()).toBeGreaterThan(0);
    expect(updates.length).toBe(steps.length);
    expect(updates.at(-1)?.step).toBe(steps.at(-1));
    stop.abort();
  });
});

describe('idleScheduler', () => {
  const view = (extra: object) =>
    ({
      setTimeout: vi.fn(() => 7),
      clearTimeout: vi.fn(),
      ...extra,
    }) as unknown as Window;

  it('uses requestIdleCallback with a timeout, and cancels it', () => {
    const requestIdleCallback = vi.fn((_work: () => void, _options: { timeout: number }) => 3);
    const cancelIdleCallback = vi.fn();
    const run = idleScheduler(view({ requestIdleCallback, cancelIdleCallback }), 80);
    const work = vi.fn();
    const cancel = run(work);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 80 });
    expect(work).not.toHaveBeenCalled();
    requestIdleCallback.mock.calls[0]?.[0]();
    expect(work).toHaveBeenCalledOnce();
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(3);
  });

  it('else scheduler.postTask at background priority, cancelled through its signal', async () => {
    let signal: AbortSignal | undefined;
    const postTask = vi.fn((_work: () => void, options: { priority: string; signal: AbortSignal }) => {
      signal = options.signal;
      return new Promise((_resolve, reject) => {
        options.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    });
    const run = idleScheduler(view({ scheduler: { postTask } }));
    const cancel = run(() => {});
    expect(postTask).toHaveBeenCalledWith(
      expect.any(Function),
      expect.objectContaining({ priority: 'background' }),
    );
    cancel();
    expect(signal?.aborted).toBe(true);
    // The cancelled task's rejection is not an unhandled one.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('else a timer', () => {
    const v = view({});
    const work = vi.fn();
    const cancel = idleScheduler(v)(work);
    expect(v.setTimeout).toHaveBeenCalledWith(work, 0);
    cancel();
    expect(v.clearTimeout).toHaveBeenCalledWith(7);
  });
});
