/**
 * Runs work off the critical path: when the main thread is next idle, and at the latest `timeout`
 * ms later. Returns a function that cancels the work if it has not run yet.
 */
export type RunWhenIdle = (work: () => void) => () => void;

/** Runs the work at once: nothing deferred (the default where no idle scheduler is given). */
export const runNow: RunWhenIdle = (work) => {
  work();
  return () => {};
};

interface PostTaskScheduler {
  postTask(work: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

/** The most a piece of idle work waits on a page that is never idle (marks, the panel's refresh). */
export const IDLE_TIMEOUT_MS = 100;

/**
 * The browser's idle time: `requestIdleCallback` with a timeout, else `scheduler.postTask` at
 * 'background' priority, else a timer.
 */
export function idleScheduler(view: Window, timeout = IDLE_TIMEOUT_MS): RunWhenIdle {
  if (typeof view.requestIdleCallback === 'function')
    return (work) => {
      const id = view.requestIdleCallback(() => work(), { timeout });
      return () => view.cancelIdleCallback(id);
    };
  const scheduler = (view as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function')
    return (work) => {
      const controller = new AbortController();
      // A cancelled task's promise rejects: that is the cancel, not a fault (any other is rethrown).
      (scheduler as PostTaskScheduler)
        .postTask(work, { priority: 'background', signal: controller.signal })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) throw error;
        });
      return () => controller.abort();
    };
  return (work) => {
    const id = view.setTimeout(work, 0);
    return () => view.clearTimeout(id);
  };
}
