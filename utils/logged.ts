// Work the background starts and nothing awaits (a listener, an alarm, a storage change): a failure
// there would be an unhandled rejection, seen by no one. It is logged in the service worker's
// console instead, saying what failed, so a technician or support can find it.

/** The console line for a failure: what was being done, and the browser's own reason. */
export function logFailure(what: string, error: unknown): void {
  console.error(`Leader CSP Assistant: ${what} failed: ${reasonOf(error)}`, error);
}

export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs the work; a failure, thrown or rejected, is logged and never rejects the promise returned. */
export async function runLogged(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logFailure(what, error);
  }
}
